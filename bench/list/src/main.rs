//! `cargo run --release -p bench-list [-- --runs N]`, run by `cargo xtask bench --list`: the time
//! to list 10,000 identities through the generated client (`list_identities().items()`, 250 a
//! page) from a mock server on 127.0.0.1, against the time to decode the same 40 page bodies from
//! memory with serde_json, in alternating runs. Their ratio is what listing costs beyond decoding.
//! Each run also decodes the pages as the client does (its `request::decode_body`), which splits
//! that cost into the client's decoding and the fetching itself, and reads how much of the
//! listing its thread spent on a CPU: near 100%, the round trips are hidden behind decoding.

use std::convert::Infallible;
use std::hint::black_box;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures_util::TryStreamExt;
use http_body_util::Full;
use hyper::{Method, Request, Response, StatusCode};
use sailpoint_beta::models::Identity;
use sailpoint_beta::{Client, Config};
use serde_json::{Map, Value};

/// Items in the list: 40 pages of 250, the most `listIdentities` returns at once.
const ITEMS: usize = 10_000;
const PAGE: usize = 250;

/// Listing should take at most this many times the decoding alone.
const TARGET_RATIO: f64 = 1.2;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// What the command line asks for: `--runs N` (9 if not given) and `--pages-ahead N` (the
/// builder's default if not given).
struct Args {
    runs: usize,
    pages_ahead: Option<usize>,
}

fn args() -> Result<Args, String> {
    let mut parsed = Args {
        runs: 9,
        pages_ahead: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut number = || {
            let text = args.next().ok_or(format!("{arg} needs a value"))?;
            text.parse::<usize>()
                .map_err(|_| format!("{arg}: `{text}` is not a whole number"))
        };
        match arg.as_str() {
            "--runs" => parsed.runs = number()?.max(1),
            "--pages-ahead" => parsed.pages_ahead = Some(number()?),
            other => {
                return Err(format!(
                    "unknown argument `{other}` (expected --runs N or --pages-ahead N)"
                ));
            }
        }
    }
    Ok(parsed)
}

fn run() -> Result<(), String> {
    let Args { runs, pages_ahead } = args()?;
    if cfg!(debug_assertions) {
        eprintln!("warning: not a release build; run with `cargo run --release -p bench-list`");
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the runtime: {e}"))?;
    let list = Arc::new(MockList::new(ITEMS));
    let address = runtime
        .block_on(serve(Arc::clone(&list)))
        .map_err(|e| format!("cannot serve on 127.0.0.1: {e}"))?;
    let client = client(address)?;

    // The first run of each warms up and checks that both read the same items.
    let listed = runtime
        .block_on(list_all(&client, pages_ahead))
        .map_err(|e| format!("listing failed: {e}"))?;
    let decoded = decode_all(&list.pages).map_err(|e| format!("the pages do not decode: {e}"))?;
    let as_client = decode_as_client(&list.pages)
        .map_err(|e| format!("the pages do not decode: {}", e.message))?;
    if listed.len() != ITEMS || listed != decoded || as_client != decoded {
        return Err(format!(
            "listing read {} items, decoding {}, or they differ",
            listed.len(),
            decoded.len()
        ));
    }
    drop((listed, decoded, as_client));

    // Each run lists, then decodes as the client does, then decodes plainly: neighbours in time,
    // so their ratios are steadier than the times when the machine's speed drifts.
    let (mut list_times, mut client_times, mut decode_times) = (Vec::new(), Vec::new(), Vec::new());
    let (mut ratios, mut client_ratios) = (Vec::new(), Vec::new());
    let (mut busy, mut queued) = (Vec::new(), Vec::new());
    let requests_before = list.requests.load(Ordering::Relaxed);
    for _ in 0..runs {
        let before = thread_times();
        let (list_time, listed) = timed(|| {
            runtime
                .block_on(list_all(&client, pages_ahead))
                .map(|items| black_box(items).len())
        });
        if let (Some(before), Some(after)) = (before, thread_times()) {
            busy.push((after.0 - before.0) as f64 / list_time.as_nanos() as f64);
            queued.push((after.1 - before.1) as f64 / list_time.as_nanos() as f64);
        }
        let (client_time, client_decoded) =
            timed(|| decode_as_client(&list.pages).map(|items| black_box(items).len()));
        let (decode_time, decoded) =
            timed(|| decode_all(&list.pages).map(|items| black_box(items).len()));
        let counts = [
            listed.unwrap_or_default(),
            client_decoded.unwrap_or_default(),
            decoded.unwrap_or_default(),
        ];
        if counts != [ITEMS; 3] {
            return Err(format!(
                "a timed run read {counts:?} items (listing, decoding as the client, decoding)"
            ));
        }
        ratios.push(list_time.as_secs_f64() / decode_time.as_secs_f64());
        client_ratios.push(list_time.as_secs_f64() / client_time.as_secs_f64());
        list_times.push(list_time);
        client_times.push(client_time);
        decode_times.push(decode_time);
    }
    let requests = (list.requests.load(Ordering::Relaxed) - requests_before) as f64 / runs as f64;
    for times in [&mut list_times, &mut client_times, &mut decode_times] {
        times.sort();
    }
    for ratios in [&mut ratios, &mut client_ratios, &mut busy, &mut queued] {
        ratios.sort_by(f64::total_cmp);
    }
    let ratio = median_ms(&list_times) / median_ms(&decode_times);
    let client_ratio = median_ms(&list_times) / median_ms(&client_times);

    let bytes: usize = list.pages.iter().map(Bytes::len).sum();
    println!(
        "list: {ITEMS} identities in pages of {PAGE} ({} pages, {:.1} MB of JSON), {runs} runs of each, alternating; \
         {} runtime worker threads; {}",
        list.pages.len(),
        bytes as f64 / 1e6,
        runtime.metrics().num_workers(),
        match pages_ahead {
            Some(pages) => format!("pages_ahead({pages})"),
            None => "the default pages ahead (no rate limit: up to 8 in flight)".to_string(),
        }
    );
    for (label, times) in [
        (
            "listed    list_identities().items() from 127.0.0.1   ",
            &list_times,
        ),
        (
            "decoded   the pages from memory as the client does   ",
            &client_times,
        ),
        (
            "decoded   the pages from memory with serde_json      ",
            &decode_times,
        ),
    ] {
        println!(
            "  {label} median {:6.1} ms (min {:.1}, max {:.1})",
            median_ms(times),
            ms(times[0]),
            ms(times[times.len() - 1])
        );
    }
    println!("  {requests:.1} requests answered per listing");
    if !busy.is_empty() {
        // Near 100% busy: the listing waits on decoding, not on round trips.
        println!(
            "  the listing's thread: on a CPU {:.0}% of the listing, waiting for one {:.0}% (medians; the rest: waiting on I/O)",
            100.0 * median(&busy),
            100.0 * median(&queued)
        );
    }
    println!(
        "  list/decode time: {ratio:.2}x (medians; per run {:.2}x to {:.2}x); target at most {TARGET_RATIO:.2}x: {}",
        ratios[0],
        ratios[ratios.len() - 1],
        if ratio <= TARGET_RATIO {
            "met"
        } else {
            "not met"
        }
    );
    println!(
        "  list/decode-as-the-client time: {client_ratio:.2}x (per run {:.2}x to {:.2}x): what fetching adds",
        client_ratios[0],
        client_ratios[client_ratios.len() - 1]
    );
    Ok(())
}

/// The calling thread's time on a CPU and waiting for one, in ns (Linux).
fn thread_times() -> Option<(u64, u64)> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let mut fields = text.split_whitespace().map(str::parse);
    Some((fields.next()?.ok()?, fields.next()?.ok()?))
}

fn median(sorted: &[f64]) -> f64 {
    let middle = sorted.len() / 2;
    if sorted.len().is_multiple_of(2) {
        (sorted[middle - 1] + sorted[middle]) / 2.0
    } else {
        sorted[middle]
    }
}

fn timed<T>(run: impl FnOnce() -> T) -> (Duration, T) {
    let start = Instant::now();
    let output = run();
    (start.elapsed(), output)
}

fn client(address: SocketAddr) -> Result<Client, String> {
    let url = format!("http://{address}");
    // A mock has no rate limit, and the bench measures what listing costs beyond decoding.
    let config = Config::new(&url)
        .allow_http(true)
        .with_api_url(&url)
        .no_rate_limit();
    Client::new(config).map_err(|e| format!("cannot make the client: {e}"))
}

async fn list_all(client: &Client, pages_ahead: Option<usize>) -> Result<Vec<Identity>, String> {
    let request = client.identities().list_identities();
    let request = match pages_ahead {
        Some(pages) => request.pages_ahead(pages),
        None => request,
    };
    request
        .items()
        .try_collect()
        .await
        .map_err(|e| e.to_string())
}

/// What listing does past the round trips: every page into `Identity`, gathered in one `Vec`.
fn decode_all(pages: &[Bytes]) -> serde_json::Result<Vec<Identity>> {
    let mut all = Vec::new();
    for body in pages {
        all.extend(serde_json::from_slice::<Vec<Identity>>(body)?);
    }
    Ok(all)
}

/// Decoding as the client does (`request::decode_body`, which says where a body does not fit),
/// minus the round trips.
fn decode_as_client(pages: &[Bytes]) -> Result<Vec<Identity>, sailpoint_beta::DecodeFailure> {
    let mut all = Vec::new();
    for body in pages {
        all.extend(sailpoint_beta::runtime::request::decode_body::<
            Vec<Identity>,
        >(body)?);
    }
    Ok(all)
}

/// The list the mock server holds: each item's JSON, and the page bodies made of them.
struct MockList {
    items: Vec<String>,
    /// Items `PAGE * i ..` as the body of page `i`.
    pages: Vec<Bytes>,
    requests: AtomicUsize,
}

impl MockList {
    /// `len` copies of the spec's example identity (bench/decode's), each with its own id.
    fn new(len: usize) -> MockList {
        let example: Map<String, Value> =
            serde_json::from_str(bench_decode::EXAMPLE).expect("the example is an object");
        let items: Vec<String> = (0..len)
            .map(|index| {
                let mut item = example.clone();
                item.insert("id".into(), Value::String(bench_decode::item_id(index)));
                serde_json::to_string(&item).expect("a JSON value serializes")
            })
            .collect();
        let pages = items.chunks(PAGE).map(json_array).collect();
        MockList {
            items,
            pages,
            requests: AtomicUsize::new(0),
        }
    }

    /// The items `offset..offset + limit`: a ready page body when the range is one.
    fn body(&self, offset: usize, limit: usize) -> Bytes {
        if limit == PAGE && offset.is_multiple_of(PAGE) && offset / PAGE < self.pages.len() {
            return self.pages[offset / PAGE].clone();
        }
        let len = self.items.len();
        json_array(&self.items[offset.min(len)..offset.saturating_add(limit).min(len)])
    }
}

fn json_array(items: &[String]) -> Bytes {
    let mut body =
        String::with_capacity(items.iter().map(|item| item.len() + 1).sum::<usize>() + 2);
    body.push('[');
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            body.push(',');
        }
        body.push_str(item);
    }
    body.push(']');
    Bytes::from(body)
}

/// `GET /identities` as SailPoint answers it: `offset` (0) and `limit` (250, at most 250), and
/// `X-Total-Count` with `count=true`.
fn respond<B>(list: &MockList, request: &Request<B>) -> Response<Full<Bytes>> {
    list.requests.fetch_add(1, Ordering::Relaxed);
    let reply = |status: StatusCode, body: Bytes| {
        let mut response = Response::new(Full::new(body));
        *response.status_mut() = status;
        response
    };
    if request.method() != Method::GET || request.uri().path() != "/identities" {
        return reply(
            StatusCode::NOT_FOUND,
            Bytes::from_static(b"{\"detailCode\":\"404 Not found\"}"),
        );
    }
    let (mut offset, mut limit, mut count) = (Some(0), Some(PAGE), false);
    for pair in request.uri().query().unwrap_or_default().split('&') {
        match pair.split_once('=') {
            Some(("offset", value)) => offset = value.parse().ok(),
            Some(("limit", value)) => {
                limit = value
                    .parse()
                    .ok()
                    .filter(|limit| (1..=PAGE).contains(limit))
            }
            Some(("count", value)) => count = value == "true",
            _ => {}
        }
    }
    let (Some(offset), Some(limit)) = (offset, limit) else {
        return reply(
            StatusCode::BAD_REQUEST,
            Bytes::from_static(b"{\"detailCode\":\"400.1 Bad Request Content\"}"),
        );
    };
    let mut response = reply(StatusCode::OK, list.body(offset, limit));
    let headers = response.headers_mut();
    headers.insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/json"),
    );
    if count {
        headers.insert("x-total-count", list.items.len().into());
    }
    response
}

/// Serves `list` on a free port of 127.0.0.1, in tasks of the current runtime.
async fn serve(list: Arc<MockList>) -> std::io::Result<SocketAddr> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let _ = stream.set_nodelay(true);
            let list = Arc::clone(&list);
            let service = hyper::service::service_fn(move |request| {
                std::future::ready(Ok::<_, Infallible>(respond(&list, &request)))
            });
            let connection = hyper::server::conn::http1::Builder::new()
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
            tokio::spawn(connection);
        }
    });
    Ok(address)
}

fn median_ms(sorted: &[Duration]) -> f64 {
    median(&sorted.iter().copied().map(ms).collect::<Vec<_>>())
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(body: &[u8]) -> Vec<String> {
        let items: Vec<Value> = serde_json::from_slice(body).unwrap();
        items
            .iter()
            .map(|item| item["id"].as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn the_server_honours_offset_and_limit() {
        let list = MockList::new(600);
        let get = |query: &str| {
            let request = Request::get(format!("/identities?{query}"))
                .body(())
                .unwrap();
            respond(&list, &request)
        };
        let body = |response: Response<Full<Bytes>>| {
            let full = response.into_body();
            futures_util::FutureExt::now_or_never(http_body_util::BodyExt::collect(full))
                .unwrap()
                .unwrap()
                .to_bytes()
        };
        let expected =
            |range: std::ops::Range<usize>| range.map(bench_decode::item_id).collect::<Vec<_>>();
        assert_eq!(ids(&body(get("limit=250&offset=250"))), expected(250..500));
        assert_eq!(ids(&body(get("offset=500"))), expected(500..600));
        assert_eq!(ids(&body(get("offset=3&limit=5"))), expected(3..8));
        assert_eq!(ids(&body(get("offset=600&limit=250"))), expected(0..0));
        assert_eq!(get("limit=251").status(), StatusCode::BAD_REQUEST);
        assert_eq!(get("count=true").headers()["x-total-count"], "600");
    }

    #[test]
    fn the_client_lists_every_item_in_order() {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let list = Arc::new(MockList::new(600));
        let address = runtime.block_on(serve(Arc::clone(&list))).unwrap();
        let client = client(address).unwrap();
        let listed = runtime.block_on(list_all(&client, None)).unwrap();
        let mut expected = Vec::new();
        for page in &list.pages {
            expected.extend(ids(page));
        }
        let listed_ids: Vec<String> = listed.iter().map(|item| item.id.clone().unwrap()).collect();
        assert_eq!(listed_ids, expected);
        assert_eq!(listed, decode_all(&list.pages).unwrap());
    }
}
