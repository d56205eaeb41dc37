//! Client-side rate limiting, on paused time: SailPoint's 100 requests per 10 s.

mod support;

use std::time::Duration;
use support::things::Things;

use sailpoint_runtime::{Client, Config};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Lets `real` time pass for the mock server's thread while this runtime keeps polling.
async fn let_real_time_pass(real: Duration) {
    let until = std::time::Instant::now() + real;
    while std::time::Instant::now() < until {
        tokio::task::yield_now().await;
    }
}

async fn received(server: &MockServer) -> usize {
    server.received_requests().await.unwrap().len()
}

#[tokio::test(start_paused = true)]
async fn the_101st_request_within_10_seconds_waits() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/beta/things/x"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([])))
        .mount(&server)
        .await;
    // Paused time jumps to the next timer whenever the runtime is idle, as it is while awaiting the
    // mock server's socket; a task that always yields keeps it busy, so time moves only by `advance`.
    let busy = tokio::spawn(async {
        loop {
            tokio::task::yield_now().await;
        }
    });
    let limited = Config::new(server.uri())
        .allow_http(true)
        .access_token("t")
        .rate_limit(100, Duration::from_secs(10));
    let client = Client::new(limited).unwrap();
    let start = tokio::time::Instant::now();
    for _ in 0..100 {
        client.things().list_things("x").send().await.unwrap();
    }
    assert_eq!(
        start.elapsed(),
        Duration::ZERO,
        "the first 100 did not wait"
    );

    let late = tokio::spawn({
        let client = client.clone();
        async move { client.things().list_things("x").send().await }
    });
    tokio::time::advance(Duration::from_millis(9_900)).await;
    let_real_time_pass(Duration::from_millis(300)).await;
    assert_eq!(
        received(&server).await,
        100,
        "the 101st went out within 10 s"
    );
    assert!(!late.is_finished());

    tokio::time::advance(Duration::from_millis(100)).await;
    late.await.unwrap().unwrap();
    assert_eq!(received(&server).await, 101);
    busy.abort();
}
