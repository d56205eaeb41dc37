//! How requests travel: through the application's own reqwest client, or a configured proxy.

mod support;

use sailpoint_runtime::{Client, Config};
use serde_json::json;
use support::things::Things;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn things() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!([{"id": "a"}]))
}

fn token() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"access_token": "tok", "expires_in": 3600}))
}

#[tokio::test]
async fn an_own_http_client_sends_the_api_and_token_requests() {
    // With the `rustls` feature reqwest has no crypto provider of its own: an application building
    // a client installs one (or passes a preconfigured TLS configuration).
    let _ = tokio_rustls::rustls::crypto::ring::default_provider().install_default();
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .and(header("x-own-client", "yes"))
        .respond_with(token())
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/beta/things/x"))
        .and(header("x-own-client", "yes"))
        .and(header("authorization", "Bearer tok"))
        .respond_with(things())
        .expect(1)
        .mount(&server)
        .await;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-own-client", "yes".parse().unwrap());
    let own = reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .unwrap();
    let config = Config::new(server.uri())
        .allow_http(true)
        .client_credentials("id", "secret")
        .http_client(own.clone());
    assert!(
        !format!("{config:?}").contains("x-own-client"),
        "the client's Debug, headers included, is not shown"
    );

    let client = Client::new(config.clone()).unwrap();
    assert_eq!(
        client.things().list_things("x").send().await.unwrap()[0].id,
        "a"
    );

    // Settings for the client the crate builds are refused rather than dropped.
    for (config, setting) in [
        (config.clone().proxy("http://proxy.invalid:3128"), "`proxy`"),
        (config.clone().header("X-A", "b"), "`header`"),
        (
            config.clone().add_root_certificates("pem"),
            "`add_root_certificates`",
        ),
        (config.client_identity("pem", "key"), "`client_identity`"),
    ] {
        let refused = Client::new(config).unwrap_err();
        assert!(refused.to_string().contains(setting), "{refused}");
    }
}

#[tokio::test]
async fn requests_go_through_the_proxy_with_its_credentials() {
    // The mock server is the proxy: an `.invalid` host is never resolved, only named to the proxy.
    let proxy = MockServer::start().await;
    // ada:s3cr3t
    let basic = "Basic YWRhOnMzY3IzdA==";
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .and(header("host", "tenant.invalid"))
        .and(header("proxy-authorization", basic))
        .respond_with(token())
        .expect(1)
        .mount(&proxy)
        .await;
    Mock::given(method("GET"))
        .and(path("/beta/things/x"))
        .and(header("host", "tenant.invalid"))
        .and(header("proxy-authorization", basic))
        .and(header("authorization", "Bearer tok"))
        .respond_with(things())
        .expect(1)
        .mount(&proxy)
        .await;
    let config = Config::new("http://tenant.invalid")
        .allow_http(true)
        .client_credentials("id", "secret")
        .proxy(format!("http://ada:s3cr3t@{}", proxy.address()));
    assert!(
        !format!("{config:?}").contains("s3cr3t"),
        "the proxy's password is in Debug output"
    );
    assert!(
        format!("{config:?}").contains("ada:redacted@"),
        "{config:?}"
    );

    let things = Client::new(config)
        .unwrap()
        .things()
        .list_things("x")
        .send()
        .await
        .unwrap();
    assert_eq!(things[0].id, "a");

    let unusable = Client::new(Config::new("https://acme.api.identitynow.com").proxy("not a url"))
        .unwrap_err();
    assert!(unusable.to_string().contains("proxy URL"), "{unusable}");
}
