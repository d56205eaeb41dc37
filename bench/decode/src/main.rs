//! `cargo run --release -p bench-decode [-- --rounds N --round-ms MS]`, run by
//! `cargo xtask bench --decode`: items per second decoding a page of identities into the
//! generated `Identity` (typed) and into a plain derived struct (plain), in alternating rounds
//! (typed, plain, typed, plain, ...), and the median over the rounds of the ratio of their times.
//! Each decode includes dropping the page it made.

use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use bench_decode::{PAGE_ITEMS, decode_plain, decode_typed, page_json};

/// The typed decode should take at most this many times the plain one.
const TARGET_RATIO: f64 = 1.10;

struct Options {
    rounds: usize,
    round: Duration,
}

fn options() -> Result<Options, String> {
    let mut options = Options {
        rounds: 20,
        round: Duration::from_millis(500),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| -> Result<u64, String> {
            let text = args.next().ok_or_else(|| format!("{name} needs a value"))?;
            text.parse()
                .map_err(|_| format!("{name}: `{text}` is not a whole number"))
        };
        match arg.as_str() {
            "--rounds" => options.rounds = value("--rounds")?.max(1) as usize,
            "--round-ms" => options.round = Duration::from_millis(value("--round-ms")?.max(1)),
            other => {
                return Err(format!(
                    "unknown argument `{other}` (expected --rounds N, --round-ms MS)"
                ));
            }
        }
    }
    Ok(options)
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let options = options()?;
    if cfg!(debug_assertions) {
        eprintln!("warning: not a release build; run with `cargo run --release -p bench-decode`");
    }
    let json = page_json(PAGE_ITEMS);
    let try_typed = || decode_typed(black_box(&json)).map(|page| black_box(page).len());
    let try_plain = || decode_plain(black_box(&json)).map(|page| black_box(page).len());
    for (label, items) in [("typed", try_typed()), ("plain", try_plain())] {
        let items = items.map_err(|e| format!("the {label} decode cannot read the page: {e}"))?;
        if items != PAGE_ITEMS {
            return Err(format!(
                "the {label} decode read {items} items, not {PAGE_ITEMS}"
            ));
        }
    }
    // Both read the page: in the timed loops, an error (never seen) counts as no items.
    let typed = || try_typed().unwrap_or_default();
    let plain = || try_plain().unwrap_or_default();

    // Calibrating is the warm-up too.
    let typed_count = decodes_per_round(&typed, options.round);
    let plain_count = decodes_per_round(&plain, options.round);
    let (mut typed_rates, mut plain_rates, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..options.rounds {
        let typed_time = time(&typed, typed_count).as_secs_f64() / typed_count as f64;
        let plain_time = time(&plain, plain_count).as_secs_f64() / plain_count as f64;
        typed_rates.push(PAGE_ITEMS as f64 / typed_time);
        plain_rates.push(PAGE_ITEMS as f64 / plain_time);
        ratios.push(typed_time / plain_time);
    }
    let (typed_rates, plain_rates, ratios) =
        (sorted(typed_rates), sorted(plain_rates), sorted(ratios));
    // Each round's typed and plain runs are neighbours, so their ratio is steadier than the
    // rates themselves when the machine's speed drifts.
    let ratio = median(&ratios);

    println!(
        "decode: a page of {PAGE_ITEMS} identities (the spec's `Identity` example, ids varied; {:.0} KB of JSON) \
         with serde_json, {} rounds of ~{} ms each way, alternating",
        json.len() as f64 / 1024.0,
        options.rounds,
        options.round.as_millis()
    );
    for (label, rates) in [
        ("typed  Vec<sailpoint_beta::models::Identity>", &typed_rates),
        ("plain  Vec<PlainIdentity> (plain derive)    ", &plain_rates),
    ] {
        println!(
            "  {label}  median {} items/s (min {}, max {})",
            thousands(median(rates)),
            thousands(rates[0]),
            thousands(rates[rates.len() - 1])
        );
    }
    println!(
        "  typed/plain time: median {ratio:.2}x over the rounds (min {:.2}x, max {:.2}x); target at most {TARGET_RATIO:.2}x: {}",
        ratios[0],
        ratios[ratios.len() - 1],
        if ratio <= TARGET_RATIO {
            "met"
        } else {
            "not met"
        }
    );
    Ok(())
}

/// How many decodes take about `round`.
fn decodes_per_round(decode: &impl Fn() -> usize, round: Duration) -> u64 {
    let (start, mut count) = (Instant::now(), 0u64);
    while count < 3 || start.elapsed() < round / 4 {
        black_box(decode());
        count += 1;
    }
    let each = start.elapsed().as_secs_f64() / count as f64;
    ((round.as_secs_f64() / each) as u64).max(1)
}

fn time(decode: &impl Fn() -> usize, count: u64) -> Duration {
    let start = Instant::now();
    for _ in 0..count {
        black_box(decode());
    }
    start.elapsed()
}

fn sorted(mut values: Vec<f64>) -> Vec<f64> {
    values.sort_by(f64::total_cmp);
    values
}

fn median(sorted: &[f64]) -> f64 {
    let middle = sorted.len() / 2;
    if sorted.len().is_multiple_of(2) {
        (sorted[middle - 1] + sorted[middle]) / 2.0
    } else {
        sorted[middle]
    }
}

/// `1234567.8` as `1 234 568`.
fn thousands(value: f64) -> String {
    let digits = format!("{:.0}", value);
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(digit);
    }
    out
}
