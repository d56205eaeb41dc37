//! Step 4: listing against decoding (bench/list), today only.

use super::binaries::{missing, number_after, release_binary, run_binary, unreadable};
use super::{Checkout, Dirs};

pub(super) struct ListFigure {
    /// bench-list's list/decode time.
    pub(super) ratio: f64,
    /// Its whole report, to show as it is.
    pub(super) output: String,
}

/// bench/list of today only: the listing's cost over decoding is this crate's own figure.
pub(super) fn list_figure(
    today: &Checkout,
    dirs: &Dirs,
    rounds: usize,
) -> Result<ListFigure, String> {
    let binary = release_binary(today, dirs, "bench-list")?;
    eprintln!("running bench-list");
    let output = run_binary(&binary, &["--runs", &rounds.max(5).to_string()])?;
    let ratio = list_ratio(&output).map_err(unreadable("bench-list"))?;
    Ok(ListFigure { ratio, output })
}

/// From bench-list's line `list/decode time: 1.12x (medians; ...)`.
pub(super) fn list_ratio(output: &str) -> Result<f64, String> {
    output
        .lines()
        .find_map(|line| number_after(line, "list/decode time: "))
        .ok_or_else(|| missing("list/decode time: Nx", output))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST_OUTPUT: &str = "\
list: 10000 identities in pages of 250 (40 pages, 12.0 MB of JSON), 5 runs of each, alternating; 2 runtime worker threads; 2 pages ahead
  listing median  120.5 ms (min 118.0, max 125.1)
  list/decode time: 1.12x (medians; per run 1.05x to 1.20x); target at most 1.20x: met
  list/decode-as-the-client time: 1.01x (per run 0.99x to 1.03x): what fetching adds
";

    #[test]
    fn reads_bench_list_ratio() {
        assert_eq!(list_ratio(LIST_OUTPUT), Ok(1.12));
    }
}
