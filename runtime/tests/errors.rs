//! Error responses: kept whole when they are not JSON, and SailPoint's tracking id found in
//! the body or the headers.

mod support;

use sailpoint_runtime::{Client, Config, Error, RetryPolicy, SdkError};
use serde_json::json;
use support::things::ListThingsError;
use support::things::Things;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::new(
        Config::new(server.uri())
            .allow_http(true)
            .access_token("t")
            .retry(RetryPolicy::disabled()),
    )
    .unwrap()
}

async fn answer(server: &MockServer, kind: &str, response: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path(format!("/beta/things/{kind}")))
        .respond_with(response)
        .mount(server)
        .await;
}

#[tokio::test]
async fn a_gateway_page_is_a_service_error_with_its_status_text_and_headers() {
    let server = MockServer::start().await;
    let page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    answer(
        &server,
        "x",
        ResponseTemplate::new(502)
            .set_body_raw(page, "text/html")
            .insert_header("SLPT-Request-ID", "r-502"),
    )
    .await;

    let error = client(&server)
        .things()
        .list_things("x")
        .send()
        .await
        .unwrap_err();
    let SdkError::Service(service) = &error else {
        panic!("not a service error: {error:?}")
    };
    assert_eq!(service.status, 502);
    assert_eq!(String::from_utf8_lossy(&service.body), page);
    assert_eq!(service.headers["content-type"], "text/html");
    assert_eq!(service.error, ListThingsError::Other);
    assert_eq!(error.tracking_id().as_deref(), Some("r-502"));
}

#[tokio::test]
async fn the_tracking_id_comes_from_the_body_else_the_request_id_headers() {
    let server = MockServer::start().await;
    let body = json!({"detailCode": "404 Not found", "trackingId": "from-body", "messages": []});
    answer(
        &server,
        "body",
        ResponseTemplate::new(404)
            .set_body_json(body)
            .insert_header("SLPT-Request-ID", "from-header"),
    )
    .await;
    answer(
        &server,
        "slpt",
        ResponseTemplate::new(404)
            .set_body_json(json!({"detailCode": "x"}))
            .insert_header("SLPT-Request-ID", "slpt-id"),
    )
    .await;
    answer(
        &server,
        "x-request",
        ResponseTemplate::new(500).insert_header("X-Request-Id", "x-id"),
    )
    .await;
    answer(
        &server,
        "none",
        ResponseTemplate::new(500).set_body_json(json!({"trackingId": ""})),
    )
    .await;
    let client = client(&server);
    let tracking_id = async |kind: &str| {
        client
            .things()
            .list_things(kind)
            .send()
            .await
            .unwrap_err()
            .tracking_id()
    };

    assert_eq!(tracking_id("body").await.as_deref(), Some("from-body"));
    assert_eq!(tracking_id("slpt").await.as_deref(), Some("slpt-id"));
    assert_eq!(tracking_id("x-request").await.as_deref(), Some("x-id"));
    assert_eq!(tracking_id("none").await, None, "an empty id is none");

    // The same on the typed error, and once it is an `Error::Status`.
    let error = client
        .things()
        .list_things("body")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        error.service_error().unwrap().tracking_id().as_deref(),
        Some("from-body")
    );
    let error = Error::from(error);
    assert!(
        matches!(error, Error::Status { status: 404, .. }),
        "{error:?}"
    );
    assert_eq!(error.tracking_id().as_deref(), Some("from-body"));
    let raw = client
        .raw_request(reqwest::Method::GET, "/beta/things/slpt")
        .send()
        .await
        .unwrap_err();
    assert_eq!(raw.tracking_id().as_deref(), Some("slpt-id"));
}
