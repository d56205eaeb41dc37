//! The client's request budget, on paused time: SailPoint's 100 requests per 10 s by default,
//! 20 at once and 20 more each 2.1 s; and a 429 holding every request back.

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
async fn the_21st_request_waits_for_the_first_fifth_of_the_window_to_pass() {
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
    // The default budget: nothing configured.
    let config = Config::new(server.uri()).allow_http(true).access_token("t");
    let client = Client::new(config).unwrap();
    let start = tokio::time::Instant::now();
    for _ in 0..20 {
        client.things().list_things("x").send().await.unwrap();
    }
    assert_eq!(start.elapsed(), Duration::ZERO, "the first 20 did not wait");

    let late = tokio::spawn({
        let client = client.clone();
        async move { client.things().list_things("x").send().await }
    });
    tokio::time::advance(Duration::from_millis(2_000)).await;
    let_real_time_pass(Duration::from_millis(300)).await;
    assert_eq!(
        received(&server).await,
        20,
        "the 21st went out within 2.1 s"
    );
    assert!(!late.is_finished());

    tokio::time::advance(Duration::from_millis(100)).await;
    late.await.unwrap().unwrap();
    assert_eq!(received(&server).await, 21);
    busy.abort();
}

/// Answers 429 (`Retry-After: 1`) to the first `storm` requests and 200 after, recording when
/// each came.
#[derive(Clone)]
struct Storm {
    storm: usize,
    arrived: std::sync::Arc<std::sync::Mutex<Vec<std::time::Instant>>>,
}

impl wiremock::Respond for Storm {
    fn respond(&self, _: &wiremock::Request) -> ResponseTemplate {
        let mut arrived = self.arrived.lock().unwrap();
        arrived.push(std::time::Instant::now());
        match arrived.len() <= self.storm {
            true => ResponseTemplate::new(429).insert_header("Retry-After", "1"),
            false => ResponseTemplate::new(200).set_body_json(json!([])),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_holds_back_every_request_of_the_token_not_only_its_own() {
    let server = MockServer::start().await;
    let storm = Storm {
        storm: 10,
        arrived: Default::default(),
    };
    Mock::given(method("GET"))
        .and(path("/beta/things/x"))
        .respond_with(storm.clone())
        .mount(&server)
        .await;
    let config = Config::new(server.uri())
        .allow_http(true)
        .access_token("t")
        .no_rate_limit();
    let client = Client::new(config).unwrap();
    // A storm: ten requests at once, all answered 429.
    let calls: Vec<_> = (0..10)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.things().list_things("x").send().await })
        })
        .collect();
    while storm.arrived.lock().unwrap().len() < 10 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    // A request made meanwhile, which drew no 429 itself, waits out the tenant's second too.
    let bystander = client.things().list_things("x").send().await;
    assert!(bystander.is_ok());
    for call in calls {
        call.await.unwrap().unwrap();
    }
    let arrived = storm.arrived.lock().unwrap().clone();
    // Each of the storm was tried once more, and nothing else drew a 429.
    assert_eq!(arrived.len(), 21);
    let last_429 = arrived[9];
    for (n, at) in arrived[10..].iter().enumerate() {
        let after = at.duration_since(last_429);
        assert!(
            after >= Duration::from_millis(900),
            "request {} came {after:?} after the 429s",
            n + 11
        );
    }
}
