//! `cargo run --release -p bench-tenant`, run by `cargo xtask bench --tenant`: listing 25,000
//! identities in pages of 250 from a tenant-shaped stand-in (every request answers after 0.5 s;
//! 20 requests per 2 s, SailPoint's 10 a second; 400 for an offset past the end), as a new user
//! would, against the fastest the limit allows: 20 pages at once, 20 more every 2 s, plus one
//! latency. Also with the stand-in's limit at half, as when a second program shares the token.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use bench_tenant::{MAX_PAGE, Shape, Tally, Tenant};
use futures_util::TryStreamExt;

const ITEMS: usize = 25_000;
const LATENCY: Duration = Duration::from_millis(500);
const PER: Duration = Duration::from_secs(2);

/// The default should list within this many times the limit's time, with no 429.
const TARGET: f64 = 1.15;

/// How a run lists.
#[derive(Clone, Copy)]
enum Way {
    /// The beta crate as the README shows it: `list_identities().items()`.
    BetaDefault,
    /// The beta crate with this client rate limit (requests per 10 s).
    BetaLimited(u32),
    /// The beta crate with no client rate limit and this many pages ahead.
    BetaAhead(usize),
    /// The versioned crate as its README shows it: `list_identities_v1().items()`.
    VersionedDefault,
}

struct Run {
    label: &'static str,
    way: Way,
    /// The stand-in's limit: requests per 2 s.
    limit: usize,
    /// Whether the row is held to the target.
    judged: bool,
}

fn main() -> ExitCode {
    if cfg!(debug_assertions) {
        eprintln!("warning: not a release build; run with `cargo run --release -p bench-tenant`");
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let runs = [
        Run {
            label: "ours, `.items()` by default",
            way: Way::BetaDefault,
            limit: 20,
            judged: true,
        },
        Run {
            label: "ours before: one page ahead, no rate limit",
            way: Way::BetaAhead(1),
            limit: 20,
            judged: false,
        },
        Run {
            label: "ours before: `.pages_ahead(8)`, no rate limit",
            way: Way::BetaAhead(8),
            limit: 20,
            judged: false,
        },
        Run {
            label: "versioned crate, `.items()` by default",
            way: Way::VersionedDefault,
            limit: 20,
            judged: true,
        },
        Run {
            label: "half the limit left, `Config::rate_limit(50, 10 s)`",
            way: Way::BetaLimited(50),
            limit: 10,
            judged: true,
        },
        Run {
            label: "half the limit left, default (not told)",
            way: Way::BetaDefault,
            limit: 10,
            judged: false,
        },
    ];
    println!(
        "tenant: {ITEMS} identities in pages of {MAX_PAGE}; every request answers after {} ms; 2 runtime worker threads\n",
        LATENCY.as_millis()
    );
    println!("| client | tenant limit | time | items/s | limit's time | ratio | 429s | 400s |");
    println!("|---|---|---|---|---|---|---|---|");
    let mut met = true;
    for run in runs {
        let shape = Shape {
            len: ITEMS,
            latency: LATENCY,
            limit: Some((run.limit, PER)),
        };
        let outcome = runtime.block_on(list(shape, run.way));
        let (took, tally) = match outcome {
            Ok(outcome) => outcome,
            Err(message) => {
                eprintln!("error: {}: {message}", run.label);
                return ExitCode::FAILURE;
            }
        };
        let best = fastest(run.limit);
        let ratio = took.as_secs_f64() / best.as_secs_f64();
        if run.judged && (ratio > TARGET || tally.too_many > 0) {
            met = false;
        }
        println!(
            "| {} | {} per 2 s | {:.1} s | {:.0} | {:.1} s | {ratio:.2}x | {} | {} |",
            run.label,
            run.limit,
            took.as_secs_f64(),
            ITEMS as f64 / took.as_secs_f64(),
            best.as_secs_f64(),
            tally.too_many,
            tally.past_the_end,
        );
    }
    println!(
        "\ntarget: the rows told the limit (ours by default, the versioned crate, and told half) within {TARGET}x of the limit's time with no 429: {}",
        if met { "met" } else { "NOT met" }
    );
    ExitCode::SUCCESS
}

/// The fastest a client may list under `limit` per 2 s: the pages in bursts of `limit`, one
/// burst every 2 s, the last answered one latency after it went out.
fn fastest(limit: usize) -> Duration {
    let pages = ITEMS.div_ceil(MAX_PAGE);
    let bursts = pages.div_ceil(limit) as u32;
    PER * (bursts - 1) + LATENCY
}

/// Lists every item from a new stand-in of `shape`, `way`; how long it took and what the
/// stand-in answered.
async fn list(shape: Shape, way: Way) -> Result<(Duration, Tally), String> {
    let tenant = Tenant::start(shape)
        .await
        .map_err(|e| format!("cannot start the stand-in: {e}"))?;
    let url = tenant.url();
    let start = Instant::now();
    let listed = match way {
        Way::VersionedDefault => {
            let config = sailpoint::Config::new(&url)
                .allow_http(true)
                .with_api_url(&url)
                .access_token("bench");
            let client = sailpoint::Client::new(config).map_err(|e| e.to_string())?;
            let items: Vec<_> = client
                .identities()
                .list_identities_v1()
                .items()
                .try_collect()
                .await
                .map_err(|e| e.to_string())?;
            items.len()
        }
        Way::BetaDefault | Way::BetaLimited(_) | Way::BetaAhead(_) => {
            let config = sailpoint_beta::Config::new(&url)
                .allow_http(true)
                .with_api_url(&url)
                .access_token("bench");
            let config = match way {
                Way::BetaLimited(requests) => config.rate_limit(requests, Duration::from_secs(10)),
                Way::BetaAhead(_) => config.no_rate_limit(),
                _ => config,
            };
            let client = sailpoint_beta::Client::new(config).map_err(|e| e.to_string())?;
            let request = client.identities().list_identities();
            let request = match way {
                Way::BetaAhead(pages) => request.pages_ahead(pages),
                _ => request,
            };
            let items: Vec<_> = request
                .items()
                .try_collect()
                .await
                .map_err(|e| e.to_string())?;
            items.len()
        }
    };
    let took = start.elapsed();
    if listed != ITEMS {
        return Err(format!("listed {listed} identities of {ITEMS}"));
    }
    Ok((took, tenant.tally()))
}
