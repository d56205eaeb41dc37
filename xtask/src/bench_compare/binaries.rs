//! The bench binaries (bench/decode, bench/list): built, run, and their figures read.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::builds::cargo;
use super::{Checkout, Dirs, failure};

/// Builds a bench package with the release profile and copies its binary to
/// `bench-compare/bin/<package>-<checkout>`.
pub(super) fn release_binary(
    checkout: &Checkout,
    dirs: &Dirs,
    package: &str,
) -> Result<PathBuf, String> {
    eprintln!("building {package} at {} (release)", checkout.label);
    let args = ["build", "--release", "-p", package];
    let output = cargo(checkout, dirs, &args)
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !output.status.success() {
        let what = format!("cargo {} (in {})", args.join(" "), checkout.root.display());
        return Err(failure(&what, &output));
    }
    let built = dirs.target(checkout).join("release").join(package);
    let bin_dir = dirs.base.join("bin");
    let copy = bin_dir.join(format!("{package}-{}", checkout.label));
    std::fs::create_dir_all(&bin_dir)
        .and_then(|()| std::fs::copy(&built, &copy))
        .map_err(|e| format!("cannot copy {} to {}: {e}", built.display(), copy.display()))?;
    Ok(copy)
}

/// A bench binary's stdout.
pub(super) fn run_binary(binary: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new(binary)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", binary.display()))?;
    if !output.status.success() {
        return Err(failure(&binary.display().to_string(), &output));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Names whose output could not be read.
pub(super) fn unreadable(what: &'static str) -> impl Fn(String) -> String {
    move |message| format!("cannot read {what}'s output: {message}")
}

/// The number right after `marker` in `line`, with spaces as thousands separators
/// (`1 234 567.8`): it ends at the first character that is neither.
pub(super) fn number_after(line: &str, marker: &str) -> Option<f64> {
    let (_, rest) = line.split_once(marker)?;
    let digits: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ' ')
        .filter(|c| *c != ' ')
        .collect();
    digits.parse().ok()
}

pub(super) fn missing(line: &str, output: &str) -> String {
    format!("no line `{line}` in:\n{output}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_after_stops_at_the_first_other_character() {
        assert_eq!(
            number_after("median 1 234.5 items/s", "median "),
            Some(1234.5)
        );
        assert_eq!(number_after("time: 0.98x (medians", "time: "), Some(0.98));
        assert_eq!(number_after("time: n/a", "time: "), None);
        assert_eq!(number_after("no marker", "time: "), None);
    }
}
