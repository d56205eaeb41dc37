//! Step 2: build times of the generated crate alone, today and REV in turns.

use std::path::Path;
use std::process::Command;
use std::time::{Instant, SystemTime};

use super::figures::{Paired, Target};
use super::{Checkout, Dirs, failure};

pub(super) struct BuildSpec {
    pub(super) label: &'static str,
    pub(super) args: &'static [&'static str],
    pub(super) target: Target,
}

/// The three builds compared, each of the generated crate alone.
pub(super) static BUILDS: [BuildSpec; 3] = [
    BuildSpec {
        label: "dev, --all-features",
        args: &["build", "-p", "sailpoint-beta", "--all-features"],
        target: Target::AtMost(0.5),
    },
    BuildSpec {
        label: "dev, identities only",
        args: &[
            "build",
            "-p",
            "sailpoint-beta",
            "--no-default-features",
            "--features",
            "identities",
        ],
        target: Target::AtMost(0.6),
    },
    BuildSpec {
        label: "release, --all-features",
        args: &[
            "build",
            "-p",
            "sailpoint-beta",
            "--release",
            "--all-features",
        ],
        target: Target::AtMost(0.6),
    },
];

pub(super) struct BuildFigure {
    pub(super) spec: &'static BuildSpec,
    /// Seconds per round, today's and REV's.
    pub(super) times: Paired,
}

/// One build figure: an untimed build of each first, then rounds of today and REV in turns, so
/// a drift in the machine's speed falls on both. The warm-up touches nothing: it builds what is
/// missing (dependencies, the crate the first time) and is a no-op on a later run.
pub(super) fn build_figure(
    spec: &'static BuildSpec,
    today: &Checkout,
    base: &Checkout,
    dirs: &Dirs,
    rounds: usize,
) -> Result<BuildFigure, String> {
    for checkout in [today, base] {
        eprintln!("warm-up: {} at {}", spec.label, checkout.label);
        build(checkout, dirs, spec.args)?;
    }
    let mut times = Paired::default();
    for round in 1..=rounds {
        eprintln!("round {round}/{rounds}: {}", spec.label);
        times.today.push(timed_build(today, dirs, spec.args)?);
        times.base.push(timed_build(base, dirs, spec.args)?);
    }
    Ok(BuildFigure { spec, times })
}

/// Seconds for one build of the crate after touching its `src/lib.rs`, so cargo rebuilds it
/// (and only it) from scratch: no incremental cache.
pub(super) fn timed_build(checkout: &Checkout, dirs: &Dirs, args: &[&str]) -> Result<f64, String> {
    touch(&checkout.beta_crate().join("src/lib.rs"))?;
    build(checkout, dirs, args)
}

/// Seconds for `cargo ARGS` in a checkout.
pub(super) fn build(checkout: &Checkout, dirs: &Dirs, args: &[&str]) -> Result<f64, String> {
    let mut command = cargo(checkout, dirs, args);
    let start = Instant::now();
    let output = command
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let elapsed = start.elapsed().as_secs_f64();
    if !output.status.success() {
        return Err(failure(
            &format!("cargo {} (in {})", args.join(" "), checkout.root.display()),
            &output,
        ));
    }
    Ok(elapsed)
}

/// `cargo ARGS` run from a checkout's root, into its target dir, without incremental
/// compilation (whose cache would make the touched rebuilds cheaper than a real one).
pub(super) fn cargo(checkout: &Checkout, dirs: &Dirs, args: &[&str]) -> Command {
    let program = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(program);
    command
        .args(args)
        .current_dir(&checkout.root)
        .env("CARGO_TARGET_DIR", dirs.target(checkout))
        .env("CARGO_INCREMENTAL", "0");
    command
}

pub(super) fn touch(path: &Path) -> Result<(), String> {
    std::fs::File::options()
        .write(true)
        .open(path)
        .and_then(|file| file.set_modified(SystemTime::now()))
        .map_err(|e| format!("cannot touch {}: {e}", path.display()))
}
