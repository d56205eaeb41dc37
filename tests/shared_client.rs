//! One client for the whole family: the beta crate and the versioned API's crate made from one
//! shared client send one token request between them, each to its own API, and a program that
//! uses one crate alone keeps its one-liner.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::json;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// Answers the token endpoint, counting the tokens it issues.
struct Tokens(Arc<AtomicUsize>);

impl Respond for Tokens {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.0.fetch_add(1, Ordering::SeqCst) + 1;
        ResponseTemplate::new(200).set_body_json(
            json!({"access_token": format!("token-{n}"), "token_type": "bearer", "expires_in": 3600}),
        )
    }
}

/// Mounts the token endpoint on `server`; gives the count of the tokens it issues.
async fn serve_tokens(server: &MockServer) -> Arc<AtomicUsize> {
    let issued = Arc::new(AtomicUsize::new(0));
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .respond_with(Tokens(issued.clone()))
        .mount(server)
        .await;
    issued
}

fn identities(name: &str) -> serde_json::Value {
    json!([{"id": "2c91808568c529c60168cca6f90c1313", "name": name}])
}

#[tokio::test]
async fn both_crates_share_one_token_and_each_calls_its_own_api() {
    let tenant = MockServer::start().await;
    let issued = serve_tokens(&tenant).await;
    Mock::given(method("GET"))
        .and(path("/beta/identities"))
        .and(header("authorization", "Bearer token-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(identities("beta")))
        .expect(2)
        .mount(&tenant)
        .await;
    Mock::given(method("GET"))
        .and(path("/identities/v1"))
        .and(header("authorization", "Bearer token-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(identities("versioned")))
        .expect(2)
        .mount(&tenant)
        .await;

    // The base URL as a user may copy it, with a version: each crate adds its own.
    let config = sailpoint_beta::Config::new(format!("{}/beta", tenant.uri()))
        .allow_http(true)
        .client_credentials("id", "secret");
    let shared = sailpoint_beta::runtime::Client::new(config).unwrap();
    let beta = sailpoint_beta::Client::from(shared.clone());
    let versioned = sailpoint::Client::from(&shared);
    assert!(beta.shared().shares_with(versioned.shared()));
    assert_eq!(beta.api_url(), format!("{}/beta", tenant.uri()));
    assert_eq!(versioned.api_url(), tenant.uri());

    let (a, b) = tokio::join!(
        beta.identities().list_identities().send(),
        versioned.identities().list_identities_v1().send()
    );
    assert_eq!(a.unwrap()[0].name, "beta");
    assert_eq!(b.unwrap()[0].name, "versioned");
    // Again, from clones: still the one token.
    let (a, b) = tokio::join!(
        beta.clone().identities().list_identities().send(),
        versioned.clone().identities().list_identities_v1().send()
    );
    a.unwrap();
    b.unwrap();
    assert_eq!(
        issued.load(Ordering::SeqCst),
        1,
        "one token for both crates"
    );
}

#[tokio::test]
async fn each_crate_can_be_sent_to_its_own_mock_through_the_shared_client() {
    let tenant = MockServer::start().await;
    let beta_mock = MockServer::start().await;
    let versioned_mock = MockServer::start().await;
    let issued = serve_tokens(&tenant).await;
    // Mocks of each spec, served at their root as Prism serves them.
    Mock::given(method("GET"))
        .and(path("/identities"))
        .respond_with(ResponseTemplate::new(200).set_body_json(identities("beta")))
        .expect(1)
        .mount(&beta_mock)
        .await;
    Mock::given(method("GET"))
        .and(path("/identities/v1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(identities("versioned")))
        .expect(1)
        .mount(&versioned_mock)
        .await;

    let config = sailpoint::Config::new(tenant.uri())
        .allow_http(true)
        .client_credentials("id", "secret");
    let shared = sailpoint::runtime::Client::new(config).unwrap();
    let beta = sailpoint_beta::Client::from(&shared).with_api_url(beta_mock.uri());
    let versioned = sailpoint::Client::from(&shared).with_api_url(versioned_mock.uri());
    let listed = beta.identities().list_identities().send().await.unwrap();
    assert_eq!(listed[0].name, "beta");
    let listed = versioned
        .identities()
        .list_identities_v1()
        .send()
        .await
        .unwrap();
    assert_eq!(listed[0].name, "versioned");
    assert_eq!(issued.load(Ordering::SeqCst), 1);
}

#[test]
fn one_crate_alone_keeps_its_one_liner() {
    let config = sailpoint::Config::new("https://acme.api.identitynow.com").access_token("t");
    let client = sailpoint::Client::new(config).unwrap();
    assert_eq!(client.api_url(), "https://acme.api.identitynow.com");
    let beta = sailpoint_beta::Client::new(client.config().clone()).unwrap();
    assert_eq!(beta.api_url(), "https://acme.api.identitynow.com/beta");
    assert!(
        !beta.shared().shares_with(client.shared()),
        "two clients made from one configuration are two clients"
    );
    assert!(sailpoint::Client::new(sailpoint::Config::new("http://acme")).is_err());
}

#[tokio::test]
async fn an_operation_that_needs_no_credentials_is_sent_without_them() {
    let server = MockServer::start().await;
    let issued = serve_tokens(&server).await;
    Mock::given(method("GET"))
        .and(path("/ssf/v1/jwks"))
        .respond_with(
            |request: &Request| match request.headers.get("authorization") {
                None => ResponseTemplate::new(200).set_body_json(json!({"keys": []})),
                Some(_) => ResponseTemplate::new(401),
            },
        )
        .mount(&server)
        .await;
    let config = sailpoint::Config::new(server.uri())
        .allow_http(true)
        .client_credentials("id", "secret");
    let client = sailpoint::Client::new(config).unwrap();
    client
        .shared_signals_framework_ssf()
        .get_jwks_data_v1()
        .send()
        .await
        .unwrap();
    assert_eq!(issued.load(Ordering::SeqCst), 0, "no token was asked for");
}
