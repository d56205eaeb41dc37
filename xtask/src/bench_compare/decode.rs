//! Step 3: decoding a page of identities (bench/decode), today against REV.

use std::path::Path;

use super::binaries::{missing, number_after, release_binary, run_binary, unreadable};
use super::figures::Paired;
use super::{Checkout, Dirs};

/// Rounds of bench-decode inside one of its runs, and their length: about 6 s a run.
pub(super) const DECODE_ARGS: [&str; 4] = ["--rounds", "10", "--round-ms", "300"];

pub(super) struct DecodeFigure {
    /// Typed items/s per round, today's and REV's.
    pub(super) rates: Paired,
    /// Today's typed/plain time per round.
    pub(super) typed_plain: Vec<f64>,
    /// Whether REV's crate was decoded by today's bench/decode, REV having none of its own.
    pub(super) todays_bench_on_rev: bool,
}

/// bench/decode of today and of REV, in turns. Each is built first and its binary copied out
/// of the shared target dir, where both would be `release/bench-decode`. A REV older than
/// bench/decode has its crate decoded by today's (see [`todays_bench_on`]).
pub(super) fn decode_figure(
    today: &Checkout,
    base: &Checkout,
    dirs: &Dirs,
    rounds: usize,
) -> Result<DecodeFigure, String> {
    let today_bin = release_binary(today, dirs, "bench-decode")?;
    let todays_bench_on_rev = !base.root.join("bench/decode/Cargo.toml").exists();
    let base_bin = if todays_bench_on_rev {
        eprintln!(
            "{} has no bench/decode: today's decodes its crate",
            base.label
        );
        release_binary(&todays_bench_on(today, base, dirs)?, dirs, "bench-decode")?
    } else {
        release_binary(base, dirs, "bench-decode")?
    };
    let mut rates = Paired::default();
    let mut typed_plain = Vec::new();
    for round in 1..=rounds {
        eprintln!("round {round}/{rounds}: decode");
        let output = run_binary(&today_bin, &DECODE_ARGS)?;
        rates
            .today
            .push(typed_rate(&output).map_err(unreadable("today's bench-decode"))?);
        typed_plain.push(typed_plain_ratio(&output).map_err(unreadable("today's bench-decode"))?);
        let output = run_binary(&base_bin, &DECODE_ARGS)?;
        rates
            .base
            .push(typed_rate(&output).map_err(unreadable("REV's bench-decode"))?);
    }
    Ok(DecodeFigure {
        rates,
        typed_plain,
        todays_bench_on_rev,
    })
}

/// Today's bench/decode as a workspace of its own under `bench-compare/decode-<REV>`, built
/// against REV's `generated/` with REV's lock file, so that REV's crate and dependencies are
/// what it decodes with. Its manifest is bench/decode's, with the workspace's keys written out.
fn todays_bench_on(today: &Checkout, base: &Checkout, dirs: &Dirs) -> Result<Checkout, String> {
    let root = dirs.base.join(format!("decode-{}", base.label));
    let write = |path: &Path, contents: &[u8]| {
        std::fs::create_dir_all(path.parent().unwrap_or(&root))
            .and_then(|()| std::fs::write(path, contents))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    let crate_path = base.beta_crate();
    write(
        &root.join("Cargo.toml"),
        rev_manifest(&crate_path.to_string_lossy()).as_bytes(),
    )?;
    for file in ["src/lib.rs", "src/main.rs"] {
        let from = today.root.join("bench/decode").join(file);
        let text =
            std::fs::read(&from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
        write(&root.join(file), &text)?;
    }
    if let Ok(lock) = std::fs::read(base.root.join("Cargo.lock")) {
        write(&root.join("Cargo.lock"), &lock)?;
    }
    Ok(Checkout {
        label: format!("{}-with-todays-bench", base.label),
        root,
    })
}

/// bench/decode's manifest for a workspace of its own, its `sailpoint-beta` at `crate_path`.
fn rev_manifest(crate_path: &str) -> String {
    format!(
        r#"[package]
name = "bench-decode"
version = "0.1.0"
edition = "2024"
publish = false

[dependencies]
sailpoint-beta = {{ path = {crate_path:?}, default-features = false, features = ["identities"] }}
chrono = {{ version = "0.4.40", default-features = false, features = ["serde", "std"] }}
serde = {{ version = "1", features = ["derive"] }}
serde_json = "1"

[workspace]
"#
    )
}

/// The typed decode's median items/s, from bench-decode's line
/// `typed  Vec<...Identity>  median 1 234 567 items/s (min ..., max ...)`.
pub(super) fn typed_rate(output: &str) -> Result<f64, String> {
    output
        .lines()
        .map(str::trim_start)
        .filter(|line| line.starts_with("typed"))
        .find_map(|line| number_after(line, "median "))
        .ok_or_else(|| missing("typed ... median N items/s", output))
}

/// The typed/plain time ratio, from bench-decode's line `typed/plain time: median 1.05x ...`.
pub(super) fn typed_plain_ratio(output: &str) -> Result<f64, String> {
    output
        .lines()
        .find_map(|line| number_after(line, "typed/plain time: median "))
        .ok_or_else(|| missing("typed/plain time: median Nx", output))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench_compare::list::list_ratio;

    /// The packages bench/decode depends on, by name, from its manifest's `[dependencies]`.
    fn dependency_names(manifest: &str) -> Vec<String> {
        let section = manifest
            .split("\n[")
            .find(|s| s.starts_with("dependencies]"))
            .unwrap_or_default();
        let mut names: Vec<String> = section
            .lines()
            .skip(1)
            .filter_map(|line| line.split([' ', '.', '=']).next())
            .filter(|name| !name.is_empty() && !name.starts_with('#'))
            .map(str::to_owned)
            .collect();
        names.sort();
        names
    }

    #[test]
    fn revs_manifest_has_bench_decodes_dependencies() {
        let ours = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../bench/decode/Cargo.toml"),
        )
        .unwrap();
        let rev = rev_manifest("/rev/generated");
        assert_eq!(dependency_names(&rev), dependency_names(&ours));
        assert!(rev.contains(r#"path = "/rev/generated""#), "{rev}");
    }

    const DECODE_OUTPUT: &str = "\
decode: a page of 250 identities (the spec's `Identity` example, ids varied; 301 KB of JSON) with serde_json, 10 rounds of ~300 ms each way, alternating
  typed  Vec<sailpoint_beta::models::Identity>  median 1 234 568 items/s (min 1 100 000, max 1 300 000)
  plain  Vec<PlainIdentity> (plain derive)      median 1 180 000 items/s (min 1 000 000, max 1 250 000)
  typed/plain time: median 1.05x over the rounds (min 0.98x, max 1.12x); target at most 1.10x: met
";

    #[test]
    fn reads_bench_decode_figures() {
        assert_eq!(typed_rate(DECODE_OUTPUT), Ok(1_234_568.0));
        assert_eq!(typed_plain_ratio(DECODE_OUTPUT), Ok(1.05));
    }

    #[test]
    fn unreadable_output_is_an_error_naming_the_line() {
        let error = typed_rate("decode: something else\n").unwrap_err();
        assert!(error.contains("typed ... median N items/s"), "{error}");
        assert!(error.contains("something else"), "{error}");
        assert!(typed_plain_ratio("typed/plain time: median x").is_err());
        assert!(list_ratio("").is_err());
    }
}
