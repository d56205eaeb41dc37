//! `cargo xtask bench`: wall time of the whole pipeline (load, model, render, format) and the
//! process's peak memory. Writing to disk is left out: it measures the disk, not the generator.

use std::path::Path;
use std::time::{Duration, Instant};

use sailpoint_codegen::{CrateOptions, generate};

pub fn run(spec: &Path, runs: usize) -> Result<(), String> {
    let options = CrateOptions::default();
    let mut times: Vec<Duration> = Vec::new();
    let mut summary = String::new();
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        let generated = generate(spec, &options).map_err(|e| e.to_string())?;
        times.push(start.elapsed());
        let bytes: usize = generated.files.iter().map(|f| f.contents.len()).sum();
        summary = format!(
            "{} spec files -> {} files, {} bytes ({} operations, {} types)",
            generated.spec_files.len(),
            generated.files.len(),
            bytes,
            generated.operation_count,
            generated.type_count
        );
    }
    times.sort();
    println!("{summary}");
    println!(
        "generate: min {:.0} ms, median {:.0} ms, max {:.0} ms over {} runs",
        ms(times[0]),
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1]),
        times.len()
    );
    match peak_memory_kib() {
        Some(kib) => println!("peak memory (VmHWM): {:.1} MB", kib as f64 / 1024.0),
        None => println!("peak memory: not available on this platform"),
    }
    Ok(())
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// The process's peak resident set, from Linux's /proc.
fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
