//! A stand-in for a SailPoint tenant, as far as listing goes: every admitted request takes
//! `latency` to answer; at most `limit` requests are admitted in any `per` (counted as they
//! arrive, as a gateway counts them), others get 429 with `Retry-After`; `GET` of any path lists
//! `len` identities with `offset`, `limit` (at most 250) and `count=true` (`X-Total-Count`), and
//! an offset past the end is SailPoint's 400 "Specified offset is invalid". Used by the
//! tenant-shaped bench and by the listing tests.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper::{Request, Response, StatusCode};
use serde_json::{Map, Value};
use tokio::time::Instant;

/// The most items a page holds, as SailPoint's list operations allow.
pub const MAX_PAGE: usize = 250;

/// How the stand-in behaves.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    /// Identities in the list.
    pub len: usize,
    /// How long each admitted request takes to answer.
    pub latency: Duration,
    /// At most this many requests admitted in any `per`; no limit if `None`.
    pub limit: Option<(usize, Duration)>,
}

/// What the stand-in has answered so far.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Requests answered 2xx.
    pub listed: usize,
    /// Requests answered 429.
    pub too_many: usize,
    /// Requests answered 400 for an offset past the end.
    pub past_the_end: usize,
}

/// A running stand-in; it serves until the runtime it was started on ends.
pub struct Tenant {
    pub address: SocketAddr,
    state: Arc<State>,
}

struct State {
    shape: Shape,
    /// Each item's JSON.
    items: Vec<String>,
    /// When each admitted request of the last `per` arrived, oldest first.
    admitted: Mutex<VecDeque<Instant>>,
    listed: AtomicUsize,
    too_many: AtomicUsize,
    past_the_end: AtomicUsize,
}

impl Tenant {
    /// Starts a stand-in of `shape` on a free port of 127.0.0.1, in tasks of the current runtime.
    pub async fn start(shape: Shape) -> std::io::Result<Tenant> {
        let example: Map<String, Value> =
            serde_json::from_str(bench_decode::EXAMPLE).expect("the example is an object");
        let items = (0..shape.len)
            .map(|index| {
                let mut item = example.clone();
                item.insert("id".into(), Value::String(bench_decode::item_id(index)));
                serde_json::to_string(&item).expect("a JSON value serializes")
            })
            .collect();
        let state = Arc::new(State {
            shape,
            items,
            admitted: Mutex::new(VecDeque::new()),
            listed: AtomicUsize::new(0),
            too_many: AtomicUsize::new(0),
            past_the_end: AtomicUsize::new(0),
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let address = listener.local_addr()?;
        let serving = Arc::clone(&state);
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let _ = stream.set_nodelay(true);
                let state = Arc::clone(&serving);
                let service = hyper::service::service_fn(move |request| {
                    let state = Arc::clone(&state);
                    async move { Ok::<_, Infallible>(state.respond(&request).await) }
                });
                let connection = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
                tokio::spawn(connection);
            }
        });
        Ok(Tenant { address, state })
    }

    /// The stand-in's URL, to give a client's `with_api_url`.
    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    pub fn tally(&self) -> Tally {
        Tally {
            listed: self.state.listed.load(Ordering::SeqCst),
            too_many: self.state.too_many.load(Ordering::SeqCst),
            past_the_end: self.state.past_the_end.load(Ordering::SeqCst),
        }
    }
}

impl State {
    async fn respond<B>(&self, request: &Request<B>) -> Response<Full<Bytes>> {
        if let Some(retry_after) = self.admit() {
            self.too_many.fetch_add(1, Ordering::SeqCst);
            let mut response = reply(StatusCode::TOO_MANY_REQUESTS, Bytes::new());
            response
                .headers_mut()
                .insert("retry-after", retry_after.into());
            return response;
        }
        tokio::time::sleep(self.shape.latency).await;
        let (mut offset, mut limit, mut count) = (0, MAX_PAGE, false);
        for pair in request.uri().query().unwrap_or_default().split('&') {
            match pair.split_once('=') {
                Some(("offset", value)) => offset = value.parse().unwrap_or(usize::MAX),
                Some(("limit", value)) => limit = value.parse().unwrap_or(0),
                Some(("count", value)) => count = value == "true",
                _ => {}
            }
        }
        let len = self.items.len();
        if offset == usize::MAX || !(1..=MAX_PAGE).contains(&limit) || (offset > 0 && offset >= len)
        {
            self.past_the_end.fetch_add(1, Ordering::SeqCst);
            return reply(
                StatusCode::BAD_REQUEST,
                Bytes::from_static(
                    br#"{"detailCode":"400.1 Bad Request Content","messages":[{"locale":"en-US","text":"Specified offset is invalid"}]}"#,
                ),
            );
        }
        self.listed.fetch_add(1, Ordering::SeqCst);
        let page = &self.items[offset..offset.saturating_add(limit).min(len)];
        let mut response = reply(StatusCode::OK, Bytes::from(format!("[{}]", page.join(","))));
        if count {
            response.headers_mut().insert("x-total-count", len.into());
        }
        response
    }

    /// Counts the request in if the limit allows it; else the seconds until it would.
    fn admit(&self) -> Option<u64> {
        let (limit, per) = self.shape.limit?;
        let mut admitted = self.admitted.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        while admitted.front().is_some_and(|at| now >= *at + per) {
            admitted.pop_front();
        }
        if admitted.len() < limit {
            admitted.push_back(now);
            return None;
        }
        let free_at = admitted.front().map_or(now, |at| *at + per);
        Some(free_at.duration_since(now).as_secs_f64().ceil().max(1.0) as u64)
    }
}

fn reply(status: StatusCode, body: Bytes) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(body));
    *response.status_mut() = status;
    response.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/json"),
    );
    response
}
