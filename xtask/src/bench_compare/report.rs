//! Step 6: the report.

use std::fmt;
use std::path::PathBuf;

use super::Checkout;
use super::builds::BuildFigure;
use super::decode::{DECODE_ARGS, DecodeFigure};
use super::figures::{
    DECODE_TARGET, LIST_TARGET, MEMORY_TARGET_MB, SPEED_UP_TARGET, TYPED_PLAIN_TARGET, median,
    median_ratio,
};
use super::generation::GenerationFigure;
use super::list::ListFigure;

pub(super) struct Report<'a> {
    pub(super) command: String,
    pub(super) spec: PathBuf,
    pub(super) today_head: String,
    pub(super) base: &'a Checkout,
    pub(super) rounds: usize,
    pub(super) builds: Vec<BuildFigure>,
    pub(super) decode: DecodeFigure,
    pub(super) list: ListFigure,
    pub(super) generation: GenerationFigure,
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let base = &self.base.label;
        writeln!(f, "\n== cargo xtask bench --compare ==")?;
        writeln!(f, "command: {}", self.command)?;
        writeln!(f, "spec: {}", self.spec.display())?;
        writeln!(
            f,
            "today: the working tree ({}); REV: {base}",
            self.today_head
        )?;
        writeln!(f, "rounds: {}, today and REV in turns\n", self.rounds)?;
        self.write_builds(f)?;
        self.write_decode(f)?;
        self.write_list(f)?;
        self.write_generation(f)
    }
}

impl Report<'_> {
    fn write_builds(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let base = &self.base.label;
        writeln!(
            f,
            "builds, seconds (CARGO_INCREMENTAL=0, dependencies built): sailpoint-beta alone \
             (src/lib.rs touched; each checkout's runtime is a dependency built beforehand, \
             REV's may be inside the crate), and a program calling 10 of its operations (clean: \
             the crate's and the program's sources touched; main.rs edited: one literal changed):"
        )?;
        let mut rows = vec![vec![
            "build".to_owned(),
            "today".to_owned(),
            "median".to_owned(),
            base.clone(),
            "median".to_owned(),
            "today/REV".to_owned(),
            "target".to_owned(),
            String::new(),
        ]];
        for build in &self.builds {
            let ratio = build.times.ratio();
            rows.push(vec![
                build.spec.label.to_owned(),
                seconds(&build.times.today),
                format!("{:.1}", median(&build.times.today)),
                seconds(&build.times.base),
                format!("{:.1}", median(&build.times.base)),
                format!("{ratio:.2}"),
                build.spec.target.to_string(),
                build.spec.target.verdict(ratio).to_owned(),
            ]);
        }
        writeln!(f, "{}\n", table(&rows))
    }

    fn write_decode(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let base = &self.base.label;
        let runs = format!("bench/decode, {} each run", DECODE_ARGS.join(" "));
        let decode = &self.decode;
        let ratio = decode.rates.ratio();
        let whose = if decode.todays_bench_on_rev {
            format!("; {base} has no bench/decode, so today's decodes its crate")
        } else {
            String::new()
        };
        writeln!(f, "decode, typed items/s ({runs}{whose}):")?;
        writeln!(
            f,
            "  today  {} (median {:.0})",
            rates(&decode.rates.today),
            median(&decode.rates.today)
        )?;
        writeln!(
            f,
            "  {base}  {} (median {:.0})",
            rates(&decode.rates.base),
            median(&decode.rates.base)
        )?;
        writeln!(
            f,
            "  today/REV {ratio:.3} (target {DECODE_TARGET}): {}",
            DECODE_TARGET.verdict(ratio)
        )?;
        let typed_plain = median(&decode.typed_plain);
        writeln!(
            f,
            "  today's typed/plain time {typed_plain:.2}x (median of {}; bench-decode's target {TYPED_PLAIN_TARGET}): {}\n",
            times_x(&decode.typed_plain),
            TYPED_PLAIN_TARGET.verdict(typed_plain)
        )
    }

    fn write_list(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ratio = self.list.ratio;
        writeln!(f, "listing, today only (bench/list):")?;
        for line in self.list.output.lines() {
            writeln!(f, "  | {line}")?;
        }
        writeln!(
            f,
            "  list/decode time {ratio:.2}x (target {LIST_TARGET}): {}\n",
            LIST_TARGET.verdict(ratio)
        )
    }

    fn write_generation(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let generation = &self.generation;
        let codegen = &generation.codegen;
        writeln!(f, "generation, seconds of wall time of the whole process:")?;
        writeln!(f, "  cargo xtask codegen  {}", with_median(&codegen.times))?;
        match &generation.other {
            Ok((version, other)) => {
                let ratio = median_ratio(&other.times, &codegen.times);
                let verdict = SPEED_UP_TARGET.verdict(ratio);
                writeln!(
                    f,
                    "  openapi-generator {version} -g rust  {}",
                    with_median(&other.times)
                )?;
                writeln!(
                    f,
                    "  speed-up {ratio:.1}x (target {SPEED_UP_TARGET}): {verdict}"
                )?;
                writeln!(
                    f,
                    "  openapi-generator's peak memory: {}",
                    megabytes(other.peak_kib)
                )?;
            }
            Err(message) => writeln!(f, "  openapi-generator not run: {message}")?,
        }
        write!(
            f,
            "  codegen's peak memory: {}",
            megabytes(codegen.peak_kib)
        )?;
        match codegen.peak_kib {
            Some(kib) => {
                let verdict = MEMORY_TARGET_MB.verdict(kib as f64 / 1024.0);
                writeln!(f, " (target {MEMORY_TARGET_MB} MB): {verdict}")?;
            }
            None => writeln!(f)?,
        }
        let first = &generation.first;
        if first.changed > 0 || first.removed > 0 {
            writeln!(
                f,
                "  warning: generated/ was not current: the first codegen run changed {} files and \
                 removed {} (the figures above measured generated/ as it was)",
                first.changed, first.removed
            )?;
        }
        let second = &generation.second;
        writeln!(
            f,
            "  codegen's second run rewrote {} of {} files in generated/ ({} with other contents, \
             {} removed)",
            second.rewritten, second.files, second.changed, second.removed
        )
    }
}

/// Rows of cells as columns padded to their widest cell.
pub(super) fn table(rows: &[Vec<String>]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let lines: Vec<String> = rows
        .iter()
        .map(|row| {
            let cells: Vec<String> = row
                .iter()
                .zip(&widths)
                .map(|(cell, width)| format!("{cell:<width$}"))
                .collect();
            format!("  {}", cells.join("  ").trim_end())
        })
        .collect();
    lines.join("\n")
}

/// `1.23 1.10 (median 1.17)`.
pub(super) fn with_median(values: &[f64]) -> String {
    let cells: Vec<String> = values.iter().map(|v| format!("{v:.2}")).collect();
    format!("{} (median {:.2})", cells.join(" "), median(values))
}

pub(super) fn seconds(values: &[f64]) -> String {
    let cells: Vec<String> = values.iter().map(|v| format!("{v:.1}")).collect();
    cells.join(" ")
}

pub(super) fn rates(values: &[f64]) -> String {
    let cells: Vec<String> = values.iter().map(|v| format!("{v:.0}")).collect();
    cells.join(" ")
}

pub(super) fn times_x(values: &[f64]) -> String {
    let cells: Vec<String> = values.iter().map(|v| format!("{v:.2}x")).collect();
    cells.join(" ")
}

pub(super) fn megabytes(kib: Option<u64>) -> String {
    kib.map_or_else(
        || "not available (no /proc)".to_owned(),
        |kib| format!("{:.1} MB (VmHWM, sampled)", kib as f64 / 1024.0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_pads_columns_to_the_widest_cell() {
        let rows = vec![
            vec!["a".to_owned(), "bb".to_owned(), String::new()],
            vec!["ccc".to_owned(), "d".to_owned(), "e".to_owned()],
        ];
        assert_eq!(table(&rows), "  a    bb\n  ccc  d   e");
    }
}
