//! Tokens: the token endpoint's failures (retried when transient, carrying their status), and
//! tokens from a `TokenProvider` (cached, asked again after expiry or a 401, one call at a time).

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use support::things::Things;

use sailpoint_runtime::{
    AccessToken, Client, Config, Error, RetryPolicy, SdkError, TokenFuture, TokenProvider,
};
use serde_json::json;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn config(server: &MockServer) -> Config {
    Config::new(server.uri())
        .allow_http(true)
        .retry(RetryPolicy::default().initial_backoff(Duration::from_millis(10)))
}

fn token(value: &str) -> ResponseTemplate {
    ResponseTemplate::new(200)
        .set_body_json(json!({"access_token": value, "token_type": "bearer", "expires_in": 3600}))
}

/// Answers the token endpoint with `first` once, then with a token.
async fn token_endpoint(server: &MockServer, first: ResponseTemplate) {
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .respond_with(first)
        .up_to_n_times(1)
        .with_priority(1)
        .mount(server)
        .await;
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .respond_with(token("fresh"))
        .mount(server)
        .await;
}

/// Lists `[]` for the bearer of `token`, answers 401 to any other.
async fn api(server: &MockServer, token: &str) {
    Mock::given(method("GET"))
        .and(path("/beta/things/x"))
        .and(header("authorization", format!("Bearer {token}")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([])))
        .with_priority(1)
        .mount(server)
        .await;
    Mock::given(method("GET"))
        .and(path("/beta/things/x"))
        .respond_with(ResponseTemplate::new(401))
        .mount(server)
        .await;
}

async fn requests_to(server: &MockServer, to: &str) -> usize {
    server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.url.path() == to)
        .count()
}

#[tokio::test]
async fn transient_token_endpoint_failures_are_retried() {
    for transient in [
        ResponseTemplate::new(503),
        ResponseTemplate::new(429).insert_header("Retry-After", "0"),
    ] {
        let server = MockServer::start().await;
        token_endpoint(&server, transient).await;
        api(&server, "fresh").await;
        let client = Client::new(config(&server).client_credentials("id", "secret")).unwrap();
        client.things().list_things("x").send().await.unwrap();
        assert_eq!(requests_to(&server, "/oauth/token").await, 2);
    }
}

#[tokio::test]
async fn refused_credentials_are_not_retried_and_carry_the_status_and_body() {
    for status in [400, 401] {
        let server = MockServer::start().await;
        let refusal = ResponseTemplate::new(status)
            .set_body_json(json!({"error": "invalid_client", "trackingId": "t-1"}))
            .insert_header("SLPT-Request-ID", "r-1");
        token_endpoint(&server, refusal).await;
        api(&server, "fresh").await;
        let client = Client::new(config(&server).client_credentials("id", "secret")).unwrap();
        let error = client.things().list_things("x").send().await.unwrap_err();
        assert_eq!(
            requests_to(&server, "/oauth/token").await,
            1,
            "{status} was retried"
        );
        assert_eq!(requests_to(&server, "/beta/things/x").await, 0);
        let SdkError::Other(Error::TokenStatus {
            url,
            status: got,
            body,
            headers,
        }) = &error
        else {
            panic!("{error:?}")
        };
        assert_eq!(
            (url.as_str(), *got),
            (format!("{}/oauth/token", server.uri()).as_str(), status)
        );
        assert!(String::from_utf8_lossy(body).contains("invalid_client"));
        assert_eq!(headers["slpt-request-id"], "r-1");
        assert_eq!(error.tracking_id().as_deref(), Some("t-1"));
        assert!(
            !format!("{error:?}{error}").contains("secret"),
            "the client secret is in the error"
        );
    }
}

#[tokio::test]
async fn an_unreachable_token_endpoint_is_retried_then_a_token_request_error() {
    let server = MockServer::start().await;
    api(&server, "fresh").await;
    // Nothing listens on port 1 of the loopback: the connection is refused.
    let config = config(&server)
        .client_credentials("id", "secret")
        .token_url("http://127.0.0.1:1/oauth/token");
    let error = Client::new(
        config.retry(
            RetryPolicy::default()
                .max_attempts(2)
                .initial_backoff(Duration::from_millis(1)),
        ),
    )
    .unwrap()
    .things()
    .list_things("x")
    .send()
    .await
    .unwrap_err();
    assert!(
        matches!(&error, SdkError::Other(Error::TokenRequest { url, .. }) if url.ends_with(":1/oauth/token")),
        "{error:?}"
    );
}

/// Hands out `token-1`, `token-2`, ...: the first expired already, the others valid for an hour.
#[derive(Clone, Default)]
struct Counting {
    calls: Arc<AtomicUsize>,
}

impl TokenProvider for Counting {
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(async move {
            let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
            // A slow source makes concurrent callers overlap.
            tokio::time::sleep(Duration::from_millis(50)).await;
            let lifetime = if n == 1 {
                Duration::ZERO
            } else {
                Duration::from_secs(3600)
            };
            Ok(AccessToken::new(format!("token-{n}")).expires_in(lifetime))
        })
    }
}

#[tokio::test]
async fn a_provider_is_asked_again_after_expiry_and_after_a_401() {
    let server = MockServer::start().await;
    for accepted in ["token-1", "token-3"] {
        Mock::given(method("GET"))
            .and(path("/beta/things/x"))
            .and(header("authorization", format!("Bearer {accepted}")))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!([])))
            .with_priority(1)
            .mount(&server)
            .await;
    }
    Mock::given(method("GET"))
        .and(path("/beta/things/x"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    let provider = Counting::default();
    let client = Client::new(config(&server).token_provider(provider.clone())).unwrap();
    let calls = || provider.calls.load(Ordering::SeqCst);

    client.things().list_things("x").send().await.unwrap();
    assert_eq!(calls(), 1);
    // token-1 has expired: token-2 is fetched, refused with a 401, and token-3 fetched.
    client.things().list_things("x").send().await.unwrap();
    assert_eq!(calls(), 3);
    client.things().list_things("x").send().await.unwrap();
    assert_eq!(calls(), 3, "a valid token is reused");
}

#[tokio::test]
async fn concurrent_calls_with_an_expired_token_make_one_provider_call() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/beta/things/x"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([])))
        .mount(&server)
        .await;
    let provider = Counting::default();
    // No budget: the 100 calls are to be out at once, not paced.
    let config = config(&server)
        .token_provider(provider.clone())
        .no_rate_limit();
    let client = Client::new(config).unwrap();

    client.things().list_things("x").send().await.unwrap();
    let calls = (0..100).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.things().list_things("x").send().await })
    });
    for call in futures_util::future::join_all(calls).await {
        call.unwrap().unwrap();
    }
    assert_eq!(
        provider.calls.load(Ordering::SeqCst),
        2,
        "100 concurrent calls shared one refresh"
    );
}

#[tokio::test]
async fn a_closure_is_a_provider_and_its_errors_fail_the_call() {
    let server = MockServer::start().await;
    api(&server, "from-closure").await;
    let ok = config(&server).token_provider(|| async { Ok(AccessToken::new("from-closure")) });
    Client::new(ok)
        .unwrap()
        .things()
        .list_things("x")
        .send()
        .await
        .unwrap();

    let failing =
        config(&server).token_provider(|| async { Err(Error::Auth("the vault is sealed".into())) });
    let error = Client::new(failing)
        .unwrap()
        .things()
        .list_things("x")
        .send()
        .await
        .unwrap_err();
    assert!(error.to_string().contains("the vault is sealed"), "{error}");
    assert_eq!(requests_to(&server, "/beta/things/x").await, 1);
}

#[tokio::test]
async fn a_fixed_access_token_is_not_asked_again_after_a_401() {
    let server = MockServer::start().await;
    api(&server, "other").await;
    let error = Client::new(config(&server).access_token("fixed"))
        .unwrap()
        .things()
        .list_things("x")
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(401));
    assert_eq!(requests_to(&server, "/beta/things/x").await, 1);
}

#[test]
fn tokens_and_providers_stay_out_of_debug_output() {
    let token = AccessToken::new("tok-secret").expires_in(Duration::from_secs(60));
    assert!(!format!("{token:?}").contains("tok-secret"));
    assert_eq!(token.secret(), "tok-secret");
    let config = Config::new("https://acme.api.identitynow.com").token_provider(token);
    assert!(!format!("{config:?}").contains("tok-secret"));
}
