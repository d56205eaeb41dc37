//! The generated client's runtime against an in-process HTTP mock: tokens, retries, typed
//! errors, pagination, encoding, lenient decoding.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use sailpoint_beta::apis::identities::GetIdentityError;
use sailpoint_beta::models::IdentityProcessingState;
use sailpoint_beta::{Client, Config, RetryPolicy, SdkError};
use serde_json::json;
use wiremock::matchers::{body_string_contains, header, headers, method, path, query_param};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

fn identity(id: &str) -> serde_json::Value {
    json!({"id": id, "name": "Ada Lovelace", "processingState": "OK"})
}

fn config(server: &MockServer) -> Config {
    Config::new(server.uri())
        .allow_http(true)
        .retry(RetryPolicy::default().initial_backoff(Duration::from_millis(10)))
}

/// Answers the token endpoint with `token-1`, `token-2`, ...: the first lives
/// `first_lifetime` seconds, the others an hour.
struct Tokens {
    issued: Arc<AtomicUsize>,
    first_lifetime: u64,
}

impl Respond for Tokens {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.issued.fetch_add(1, Ordering::SeqCst) + 1;
        let lifetime = if n == 1 { self.first_lifetime } else { 3600 };
        // A slow token endpoint makes concurrent callers overlap.
        ResponseTemplate::new(200)
            .set_body_json(json!({"access_token": format!("token-{n}"), "token_type": "bearer", "expires_in": lifetime}))
            .set_delay(Duration::from_millis(50))
    }
}

async fn token_endpoint(server: &MockServer, first_lifetime: u64) -> Arc<AtomicUsize> {
    let issued = Arc::new(AtomicUsize::new(0));
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .and(body_string_contains("grant_type=client_credentials"))
        .and(body_string_contains("client_id=id"))
        .respond_with(Tokens {
            issued: Arc::clone(&issued),
            first_lifetime,
        })
        .mount(server)
        .await;
    issued
}

#[tokio::test]
async fn concurrent_calls_with_an_expired_token_make_one_token_request() {
    let server = MockServer::start().await;
    // The first token expires at once: the burst of calls after it must refresh, exactly once.
    let issued = token_endpoint(&server, 0).await;
    Mock::given(method("GET"))
        .and(path("/beta/identities/x"))
        .respond_with(ResponseTemplate::new(200).set_body_json(identity("x")))
        .mount(&server)
        .await;
    let client = Client::new(config(&server).client_credentials("id", "secret")).unwrap();

    client.identities().get_identity("x").send().await.unwrap();
    assert_eq!(issued.load(Ordering::SeqCst), 1);
    let calls = (0..100).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.identities().get_identity("x").send().await })
    });
    for call in futures_util::future::join_all(calls).await {
        call.unwrap().unwrap();
    }
    assert_eq!(
        issued.load(Ordering::SeqCst),
        2,
        "100 concurrent calls shared one refresh"
    );
}

#[tokio::test]
async fn a_valid_token_is_reused_and_sent_as_a_bearer_token() {
    let server = MockServer::start().await;
    let issued = token_endpoint(&server, 3600).await;
    Mock::given(method("GET"))
        .and(path("/beta/identities/x"))
        .and(header("authorization", "Bearer token-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(identity("x")))
        .expect(3)
        .mount(&server)
        .await;
    let client = Client::new(config(&server).client_credentials("id", "secret")).unwrap();
    for _ in 0..3 {
        client.identities().get_identity("x").send().await.unwrap();
    }
    assert_eq!(issued.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_401_refreshes_the_token_once_and_retries() {
    let server = MockServer::start().await;
    let issued = token_endpoint(&server, 3600).await;
    Mock::given(method("GET"))
        .and(path("/beta/identities/x"))
        .and(header("authorization", "Bearer token-1"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({"error": "JWT expired"})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/beta/identities/x"))
        .and(header("authorization", "Bearer token-2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(identity("x")))
        .mount(&server)
        .await;
    let client = Client::new(config(&server).client_credentials("id", "secret")).unwrap();
    let found = client.identities().get_identity("x").send().await.unwrap();
    assert_eq!(found.name, "Ada Lovelace");
    assert_eq!(issued.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_persistent_401_is_refreshed_for_once_then_returned_typed() {
    let server = MockServer::start().await;
    let issued = token_endpoint(&server, 3600).await;
    Mock::given(method("GET"))
        .and(path("/beta/identities/x"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({"error": "JWT is invalid"})))
        .expect(2)
        .mount(&server)
        .await;
    let client = Client::new(config(&server).client_credentials("id", "secret")).unwrap();
    let error = client
        .identities()
        .get_identity("x")
        .send()
        .await
        .unwrap_err();
    let service = error.service_error().expect("a service error");
    assert_eq!(service.status, 401);
    match &service.error {
        GetIdentityError::Unauthorized(body) => {
            assert_eq!(body.error, Some(json!("JWT is invalid")))
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(issued.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn retry_after_is_waited_for() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/beta/identities/x"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("Retry-After", "1")
                .set_body_json(json!({"message": "slow down"})),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/beta/identities/x"))
        .respond_with(ResponseTemplate::new(200).set_body_json(identity("x")))
        .mount(&server)
        .await;
    let client = Client::new(config(&server).access_token("pat")).unwrap();
    let started = Instant::now();
    client.identities().get_identity("x").send().await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn server_errors_are_retried_for_idempotent_requests_only() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/beta/identities/x"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/beta/identities/x"))
        .respond_with(ResponseTemplate::new(200).set_body_json(identity("x")))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/beta/identities/x/reset"))
        .respond_with(ResponseTemplate::new(503))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::new(config(&server).access_token("pat")).unwrap();
    client.identities().get_identity("x").send().await.unwrap();
    let error = client
        .identities()
        .reset_identity("x")
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(503));
}

#[tokio::test]
async fn error_bodies_are_typed_by_status_and_keep_the_raw_body() {
    let server = MockServer::start().await;
    let body = json!({"detailCode": "404 Not found", "trackingId": "abc", "messages": [{"locale": "en-US", "text": "no such identity"}]});
    Mock::given(method("GET"))
        .and(path("/beta/identities/missing"))
        .respond_with(ResponseTemplate::new(404).set_body_json(&body))
        .mount(&server)
        .await;
    let client = Client::new(config(&server).access_token("pat")).unwrap();
    let error = client
        .identities()
        .get_identity("missing")
        .send()
        .await
        .unwrap_err();
    let SdkError::Service(service) = &error else {
        panic!("unexpected {error:?}")
    };
    assert_eq!((service.operation, service.status), ("getIdentity", 404));
    match &service.error {
        GetIdentityError::NotFound(dto) => assert_eq!(dto.tracking_id.as_deref(), Some("abc")),
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&service.body).unwrap(),
        body
    );
    let erased: sailpoint_beta::Error = error.into();
    assert!(
        erased
            .to_string()
            .contains("getIdentity: the server answered 404"),
        "{erased}"
    );
}

#[tokio::test]
async fn a_body_that_does_not_fit_names_the_operation_status_and_path() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/beta/identities/x"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"id": "x", "name": "n", "isManager": {"yes": true}})),
        )
        .mount(&server)
        .await;
    let client = Client::new(config(&server).access_token("pat")).unwrap();
    let error: sailpoint_beta::Error = client
        .identities()
        .get_identity("x")
        .send()
        .await
        .unwrap_err()
        .into();
    match error {
        sailpoint_beta::Error::Decode {
            operation,
            status,
            path,
            body,
            ..
        } => {
            assert_eq!(
                (operation, status, path.as_str()),
                ("getIdentity", 200, "isManager")
            );
            assert!(!body.is_empty());
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn unknown_enum_values_and_undeclared_nulls_decode() {
    let server = MockServer::start().await;
    let body = json!({"id": "x", "name": "n", "processingState": "SOMETHING_NEW", "alias": null, "isManager": null, "extra": {"unknown": true}});
    Mock::given(method("GET"))
        .and(path("/beta/identities/x"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    let client = Client::new(config(&server).access_token("pat")).unwrap();
    let found = client.identities().get_identity("x").send().await.unwrap();
    assert_eq!(
        found.processing_state,
        Some(IdentityProcessingState::Unknown("SOMETHING_NEW".into()))
    );
    assert_eq!((found.alias, found.is_manager), (None, None));
}

#[tokio::test]
async fn path_parameters_stay_inside_their_segment() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/beta/identities/..%2F..%2Fa%2Fb%3Fc"))
        .respond_with(ResponseTemplate::new(200).set_body_json(identity("x")))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::new(config(&server).access_token("pat")).unwrap();
    client
        .identities()
        .get_identity("../../a/b?c")
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn pages_are_read_as_one_stream_and_the_total_is_available() {
    let server = MockServer::start().await;
    let page = |ids: &[&str]| {
        ResponseTemplate::new(200)
            .set_body_json(ids.iter().map(|id| identity(id)).collect::<Vec<_>>())
    };
    Mock::given(method("GET"))
        .and(path("/beta/identities"))
        .and(query_param("offset", "0"))
        .respond_with(page(&["a", "b"]).insert_header("X-Total-Count", "3"))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/beta/identities"))
        .and(query_param("offset", "2"))
        .respond_with(page(&["c"]))
        .mount(&server)
        .await;
    let client = Client::new(config(&server).access_token("pat")).unwrap();
    let ids: Vec<String> = client
        .identities()
        .list_identities()
        .limit(2)
        .items()
        .map(|identity| identity.unwrap().id.unwrap())
        .collect()
        .await;
    assert_eq!(ids, ["a", "b", "c"]);
    let first = client
        .identities()
        .list_identities()
        .offset(0)
        .limit(2)
        .count(true)
        .send_page()
        .await
        .unwrap();
    assert_eq!((first.items.len(), first.total), (2, Some(3)));
    let capped = client
        .identities()
        .list_identities()
        .limit(2)
        .max_items(1)
        .items()
        .collect::<Vec<_>>()
        .await;
    assert_eq!(capped.len(), 1);
}

/// How many page requests a listing has sent once its first item is read, with the later
/// pages answering slowly, for `pages_ahead(n)` (planned when `None`), where the first page
/// counts `total` items when asked.
async fn pages_requested_before_the_first_is_read(
    pages_ahead: Option<usize>,
    total: Option<u64>,
) -> usize {
    let server = MockServer::start().await;
    let page = ResponseTemplate::new(200).set_body_json(json!([identity("a"), identity("b")]));
    let first = match total {
        Some(total) => page
            .clone()
            .insert_header("X-Total-Count", total.to_string()),
        None => page.clone(),
    };
    Mock::given(method("GET"))
        .and(path("/beta/identities"))
        .and(query_param("offset", "0"))
        .respond_with(first)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/beta/identities"))
        .respond_with(page.set_delay(Duration::from_secs(5)))
        .mount(&server)
        .await;
    let client = Client::new(config(&server).access_token("pat")).unwrap();
    let request = client.identities().list_identities().limit(2);
    let request = match pages_ahead {
        Some(pages) => request.pages_ahead(pages),
        None => request,
    };
    let mut items = std::pin::pin!(request.items());
    assert!(items.next().await.unwrap().is_ok());
    // The requests ahead were sent when the first page was read; give them time to arrive.
    tokio::time::sleep(Duration::from_millis(200)).await;
    server.received_requests().await.unwrap().len()
}

#[tokio::test]
async fn a_listing_plans_its_pages_unless_told_otherwise() {
    // The first page counts 6 items: the two pages left, and nothing past them.
    assert_eq!(
        pages_requested_before_the_first_is_read(None, Some(6)).await,
        3
    );
    // No total came back: 4 pages held once a full one has, the one being read among them.
    assert_eq!(
        pages_requested_before_the_first_is_read(None, None).await,
        4
    );
    assert_eq!(
        pages_requested_before_the_first_is_read(Some(0), Some(6)).await,
        1
    );
    assert_eq!(
        pages_requested_before_the_first_is_read(Some(3), None).await,
        4
    );
}

#[tokio::test]
async fn experimental_operations_send_the_header_and_downloads_ask_for_their_type() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/beta/access-request-administration"))
        .and(header("X-SailPoint-Experimental", "true"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([])))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/beta/manual-discover-applications-template"))
        .and(header("accept", "text/csv"))
        .respond_with(ResponseTemplate::new(200).set_body_string("application_name,description\n"))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::new(config(&server).access_token("pat")).unwrap();
    client
        .access_requests()
        .list_administrators_access_request_status()
        .send()
        .await
        .unwrap();
    let csv = client
        .application_discovery()
        .get_manual_discover_applications_csv_template()
        .send()
        .await
        .unwrap();
    assert_eq!(csv, b"application_name,description\n");
}

#[tokio::test]
async fn json_patch_bodies_are_sent_with_their_content_type() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path("/beta/access-profiles/ap"))
        .and(header("content-type", "application/json-patch+json"))
        .and(body_string_contains("\"op\":\"replace\""))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"name": "AP", "owner": {"id": "o", "type": "IDENTITY"}, "source": {"id": "s", "type": "SOURCE"}})))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::new(config(&server).access_token("pat")).unwrap();
    let patch: Vec<sailpoint_beta::models::JsonPatchOperation> =
        serde_json::from_value(json!([{"op": "replace", "path": "/name", "value": "AP"}])).unwrap();
    client
        .access_profiles()
        .patch_access_profile("ap", patch)
        .send()
        .await
        .unwrap();
}

#[test]
fn secrets_stay_out_of_debug_output_and_plain_http_needs_consent() {
    let config =
        Config::new("https://acme.api.identitynow.com").client_credentials("id", "very-secret");
    assert!(!format!("{config:?}").contains("very-secret"));
    let client = Client::new(config).unwrap();
    assert!(!format!("{client:?}").contains("very-secret"));
    assert!(
        !format!("{:?}", Config::new("https://x").access_token("tok-secret"))
            .contains("tok-secret")
    );
    assert!(Client::new(Config::new("http://127.0.0.1:1")).is_err());
    assert!(Client::new(Config::new("http://127.0.0.1:1").allow_http(true)).is_ok());
    let client = Client::new(Config::new("https://acme.api.identitynow.com/beta/")).unwrap();
    assert_eq!(client.api_url(), "https://acme.api.identitynow.com/beta");
}

#[test]
fn configuration_files_in_the_formats_users_have() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("config.json");
    std::fs::write(&json, r#"{"BaseURL": "https://acme.api.identitynow.com", "ClientId": "cid", "ClientSecret": "cs"}"#).unwrap();
    let config = Config::from_json_file(&json).unwrap();
    assert_eq!(config.base_url(), "https://acme.api.identitynow.com");
    let yaml = dir.path().join("config.yaml");
    std::fs::write(
        &yaml,
        "activeenvironment: prod\nenvironments:\n  prod:\n    baseurl: https://prod.api.identitynow.com\n    tenanturl: https://prod.identitynow.com\n    pat:\n      clientid: cid\n      clientsecret: cs\n",
    )
    .unwrap();
    assert_eq!(
        Config::from_cli_file(&yaml).unwrap().base_url(),
        "https://prod.api.identitynow.com"
    );
    std::fs::write(&yaml, "activeenvironment: dev\nenvironments: {}\n").unwrap();
    assert!(
        Config::from_cli_file(&yaml)
            .unwrap_err()
            .to_string()
            .contains("`dev`")
    );
}

#[tokio::test]
async fn the_token_is_not_sent_to_another_host() {
    let api = MockServer::start().await;
    let elsewhere = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/beta/identities/x"))
        .respond_with(
            ResponseTemplate::new(302)
                .insert_header("Location", format!("{}/somewhere", elsewhere.uri())),
        )
        .mount(&api)
        .await;
    Mock::given(method("GET"))
        .and(path("/somewhere"))
        .respond_with(ResponseTemplate::new(200).set_body_json(identity("x")))
        .mount(&elsewhere)
        .await;
    let client = Client::new(config(&api).access_token("secret-token")).unwrap();
    client.identities().get_identity("x").send().await.unwrap();
    let received = elsewhere.received_requests().await.unwrap();
    assert_eq!(received.len(), 1);
    assert!(
        received[0].headers.get("authorization").is_none(),
        "the token followed a redirect to another host"
    );
}

#[tokio::test]
async fn date_times_in_the_shapes_servers_send_decode() {
    let server = MockServer::start().await;
    let body = json!({"id": "x", "name": "n", "created": "2024-03-22 16:32:16.308857", "modified": 1711125136000_i64});
    Mock::given(method("GET"))
        .and(path("/beta/identities/x"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    let client = Client::new(config(&server).access_token("pat")).unwrap();
    let found = client.identities().get_identity("x").send().await.unwrap();
    assert_eq!(
        found.created.unwrap().to_rfc3339(),
        "2024-03-22T16:32:16.308857+00:00"
    );
    assert_eq!(found.modified.unwrap().timestamp(), 1711125136);
}

#[tokio::test]
async fn what_the_specs_own_examples_show_decodes() {
    let server = MockServer::start().await;
    // The spec declares an array of objects; its example, like this server, sends one object.
    let criteria = json!({"name": "location", "operator": "EQUALS", "values": ["Miami"]});
    let role = json!({"id": "r", "session": {"scope": {"attributeFilterCriteria": criteria}}});
    Mock::given(method("GET"))
        .and(path("/beta/role-mining-potential-roles/r"))
        .respond_with(ResponseTemplate::new(200).set_body_json(role))
        .mount(&server)
        .await;
    // The spec declares a string; its example is an array, kept as its JSON text.
    let config = json!({"armSapSystemIdMappings": [{"sapSystemId": "1", "sourceId": "s"}]});
    Mock::given(method("GET"))
        .and(path("/beta/org-config"))
        .respond_with(ResponseTemplate::new(200).set_body_json(config))
        .mount(&server)
        .await;
    let client = Client::new(self::config(&server).access_token("pat")).unwrap();

    let role = client
        .iai_role_mining()
        .get_role_mining_potential_role("r")
        .send()
        .await
        .unwrap();
    let scope = role.session.unwrap().scope.unwrap();
    assert_eq!(
        scope.attribute_filter_criteria.unwrap(),
        vec![criteria.as_object().unwrap().clone()]
    );
    let org = client.org_config().get_org_config().send().await.unwrap();
    let mappings: serde_json::Value =
        serde_json::from_str(&org.arm_sap_system_id_mappings.unwrap()).unwrap();
    assert_eq!(mappings, json!([{"sapSystemId": "1", "sourceId": "s"}]));
}

#[tokio::test]
async fn a_file_declared_as_json_comes_back_as_its_bytes() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/beta/form-definitions/f/file/x"))
        .and(headers(
            "accept",
            vec![
                "application/json",
                "image/jpeg",
                "image/png",
                "application/octet-stream",
            ],
        ))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(vec![0x89, b'P', b'N', b'G'], "image/png"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::new(config(&server).access_token("pat")).unwrap();
    let file = client
        .custom_forms()
        .get_file_from_s3("f", "x")
        .send()
        .await
        .unwrap();
    assert_eq!(file, [0x89, b'P', b'N', b'G']);
}

#[tokio::test]
async fn configured_headers_are_sent_with_every_request_and_checked() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/beta/identities/x"))
        .and(header("x-request-origin", "nightly-sync"))
        .respond_with(ResponseTemplate::new(200).set_body_json(identity("x")))
        .expect(1)
        .mount(&server)
        .await;
    let configured = config(&server)
        .access_token("pat")
        .header("X-Request-Origin", "nightly-sync");
    assert!(
        !format!("{configured:?}").contains("nightly-sync"),
        "header values may be secrets"
    );
    Client::new(configured)
        .unwrap()
        .identities()
        .get_identity("x")
        .send()
        .await
        .unwrap();
    let bad_name = Client::new(config(&server).header("not a name", "v")).unwrap_err();
    assert!(
        bad_name
            .to_string()
            .contains("`not a name` is not a valid header name"),
        "{bad_name}"
    );
    assert!(Client::new(config(&server).header("X-Ok", "line\nbreak")).is_err());
}

#[tokio::test]
async fn requests_and_streams_can_be_spawned() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/beta/identities/x"))
        .respond_with(ResponseTemplate::new(200).set_body_json(identity("x")))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/beta/identities"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!([identity("a"), identity("b")])),
        )
        .mount(&server)
        .await;
    let client = Client::new(config(&server)).unwrap();
    // The builders own a clone of the client: the task outlives the borrow that made them.
    let one = tokio::spawn(client.identities().get_identity("x").send());
    let all = tokio::spawn(
        client
            .identities()
            .list_identities()
            .limit(5)
            .items()
            .map(|item| item.map(|i| i.id))
            .collect::<Vec<_>>(),
    );
    drop(client);
    assert_eq!(one.await.unwrap().unwrap().id.as_deref(), Some("x"));
    let ids: Vec<Option<String>> = all.await.unwrap().into_iter().map(Result::unwrap).collect();
    assert_eq!(ids, [Some("a".to_string()), Some("b".to_string())]);
}

#[tokio::test]
async fn a_raw_request_goes_through_the_clients_token_and_headers() {
    let server = MockServer::start().await;
    let issued = token_endpoint(&server, 3600).await;
    Mock::given(method("POST"))
        .and(path("/v3/search"))
        .and(query_param("limit", "2"))
        .and(header("authorization", "Bearer token-1"))
        .and(header("x-team", "iam"))
        .and(header("content-type", "application/json"))
        .and(body_string_contains(r#""indices":["identities"]"#))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("x-total-count", "7")
                .set_body_json(json!([{"id": "a"}])),
        )
        .mount(&server)
        .await;
    let client = Client::new(
        config(&server)
            .client_credentials("id", "secret")
            .header("x-team", "iam"),
    )
    .unwrap();
    let response = client
        .raw_request(sailpoint_beta::Method::POST, "/v3/search")
        .query("limit", "2")
        .json(&json!({"indices": ["identities"], "query": {"query": "*"}}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        (
            response.status,
            response.headers["x-total-count"].to_str().unwrap()
        ),
        (200, "7")
    );
    assert_eq!(
        response.json::<serde_json::Value>().unwrap(),
        json!([{"id": "a"}])
    );
    assert_eq!(issued.load(Ordering::SeqCst), 1);

    // Outside 2xx, the status, headers and body come back whole.
    let error = client
        .raw_request(sailpoint_beta::Method::GET, "/v3/missing")
        .send()
        .await
        .unwrap_err();
    match error {
        sailpoint_beta::Error::Status {
            status, operation, ..
        } => assert_eq!((status, operation), (404, "raw request")),
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn an_error_page_that_is_not_json_is_the_servers_answer() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/beta/identities/x"))
        .respond_with(
            ResponseTemplate::new(502)
                .set_body_raw("<html><h1>Bad Gateway</h1></html>", "text/html"),
        )
        .mount(&server)
        .await;
    let client =
        Client::new(config(&server).retry(RetryPolicy::default().max_attempts(1))).unwrap();
    let error = client
        .identities()
        .get_identity("x")
        .send()
        .await
        .unwrap_err();
    let service = error
        .service_error()
        .expect("a service error, not a decode error");
    assert_eq!(service.status, 502);
    assert!(matches!(service.error, GetIdentityError::Other));
    assert_eq!(service.headers["content-type"], "text/html");
    assert!(String::from_utf8_lossy(&service.body).contains("Bad Gateway"));
}

#[tokio::test]
async fn send_with_metadata_keeps_the_status_and_headers_beside_the_body() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/beta/identities/x"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("x-request-id", "r-1")
                .set_body_json(identity("x")),
        )
        .mount(&server)
        .await;
    let client = Client::new(config(&server)).unwrap();
    let response = client
        .identities()
        .get_identity("x")
        .send_with_metadata()
        .await
        .unwrap();
    assert_eq!(
        (
            response.status,
            response.headers["x-request-id"].to_str().unwrap()
        ),
        (200, "r-1")
    );
    assert_eq!(response.body.id.as_deref(), Some("x"));
}

#[tokio::test]
async fn a_deadline_bounds_every_attempt_and_wait_and_a_timeout_each_attempt() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/beta/identities/slow"))
        .respond_with(ResponseTemplate::new(503).set_delay(Duration::from_millis(200)))
        .mount(&server)
        .await;
    let client = Client::new(config(&server)).unwrap();
    let started = Instant::now();
    let error = client
        .identities()
        .get_identity("slow")
        .deadline(Duration::from_millis(300))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            SdkError::Other(sailpoint_beta::Error::Timeout {
                operation: "getIdentity",
                ..
            })
        ),
        "{error:?}"
    );
    assert!(
        started.elapsed() < Duration::from_millis(1000),
        "{:?}",
        started.elapsed()
    );

    let no_retry = Client::new(config(&server).retry(RetryPolicy::disabled())).unwrap();
    let error = no_retry
        .identities()
        .get_identity("slow")
        .timeout(Duration::from_millis(50))
        .send()
        .await
        .unwrap_err();
    match error {
        SdkError::Other(sailpoint_beta::Error::Http { source, .. }) => {
            assert!(source.is_timeout(), "{source:?}")
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn a_multipart_upload_is_built_again_after_a_401() {
    let server = MockServer::start().await;
    let issued = token_endpoint(&server, 3600).await;
    Mock::given(method("POST"))
        .and(path("/beta/manual-discover-applications"))
        .and(header("authorization", "Bearer token-1"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({"error": "JWT expired"})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/beta/manual-discover-applications"))
        .and(header("authorization", "Bearer token-2"))
        .and(body_string_contains("application_name,description"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let client = Client::new(config(&server).client_credentials("id", "secret")).unwrap();
    let upload = sailpoint_beta::models::ManualDiscoverApplications::new(
        b"application_name,description\nx,y\n".to_vec(),
    );
    client
        .application_discovery()
        .send_manual_discover_applications_csv_template()
        .manual_discover_applications(upload)
        .send()
        .await
        .unwrap();
    assert_eq!(issued.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn an_upload_carries_the_file_name_and_type_the_caller_chose() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/beta/manual-discover-applications"))
        .and(body_string_contains(r#"filename="apps.csv""#))
        .and(body_string_contains("Content-Type: text/csv"))
        .respond_with(ResponseTemplate::new(200))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::new(config(&server)).unwrap();
    let upload = sailpoint_beta::models::ManualDiscoverApplications::new(
        b"application_name,description\n".to_vec(),
    );
    let request = client
        .application_discovery()
        .send_manual_discover_applications_csv_template()
        .manual_discover_applications(upload);
    request
        .file_name("apps.csv")
        .file_content_type("text/csv")
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn a_download_can_be_streamed_rather_than_buffered() {
    let server = MockServer::start().await;
    let csv = "application_name,description\n".repeat(10_000);
    Mock::given(method("GET"))
        .and(path("/beta/manual-discover-applications-template"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(csv.clone(), "text/csv"))
        .mount(&server)
        .await;
    let client = Client::new(config(&server)).unwrap();
    let response = client
        .application_discovery()
        .get_manual_discover_applications_csv_template()
        .send_streaming()
        .await
        .unwrap();
    assert_eq!(
        (
            response.status,
            response.headers["content-type"].to_str().unwrap()
        ),
        (200, "text/csv")
    );
    let mut chunks = 0;
    let mut body = Vec::new();
    let mut stream = response.body;
    while let Some(chunk) = stream.next().await {
        chunks += 1;
        body.extend_from_slice(&chunk.unwrap());
    }
    assert_eq!(body, csv.as_bytes());
    assert!(chunks >= 1);
}
