//! `cargo xtask bench`: wall time of the whole pipeline (load, model, render, format) and the
//! process's peak memory. Writing to disk is left out: it measures the disk, not the generator.
//! With `--decode`, also how fast the generated crate reads a page of identities (bench/decode);
//! with `--list`, how long listing takes against decoding the same pages (bench/list); with
//! `--tenant`, how long listing takes against a tenant-shaped stand-in, next to the fastest its
//! rate limit allows (bench/tenant); with `--compile`, how long the generated crate takes to
//! build.

use std::path::Path;
use std::time::{Duration, Instant};

use sailpoint_codegen::{CrateOptions, generate};

/// What `cargo xtask bench` measures besides generation.
pub struct Extras {
    pub compile: bool,
    pub decode: bool,
    pub list: bool,
    pub tenant: bool,
}

pub fn run(spec: &Path, runs: usize, extras: Extras) -> Result<(), String> {
    let Extras {
        compile,
        decode,
        list,
        tenant,
    } = extras;
    generation(spec, runs)?;
    // Before `--compile`, which cleans the generated crate's build.
    if decode {
        release_run("bench-decode", &[])?;
    }
    if list {
        release_run("bench-list", &["--runs", &runs.max(5).to_string()])?;
    }
    if tenant {
        release_run("bench-tenant", &[])?;
    }
    if compile {
        compilation()?;
    }
    Ok(())
}

fn generation(spec: &Path, runs: usize) -> Result<(), String> {
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

/// A bench crate's report, built with the release profile: bench/decode times a page of
/// identities into the generated `Identity` against a plain derived struct (`cargo run --release
/// -p bench-decode -- --rounds N --round-ms MS` runs it alone); bench/list times listing 10,000
/// identities from a mock server on 127.0.0.1 against decoding the same pages from memory, over
/// `--runs` runs, at least 5 (`cargo run --release -p bench-list -- --runs N`).
fn release_run(package: &str, bench_args: &[&str]) -> Result<(), String> {
    let root = crate::project_root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    eprintln!("building {package} with the release profile (minutes the first time)");
    let mut args = vec!["run", "--release", "--quiet", "--package", package];
    if !bench_args.is_empty() {
        args.push("--");
        args.extend(bench_args);
    }
    let status = std::process::Command::new(&cargo)
        .args(&args)
        .current_dir(&root)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`cargo {}` failed ({status})", args.join(" ")))
    }
}

/// Build time of the generated crate alone (its dependencies already built): with every
/// feature, and with the `identities` API area only.
fn compilation() -> Result<(), String> {
    let root = crate::project_root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let run = |args: &[&str]| -> Result<Duration, String> {
        let start = Instant::now();
        let status = std::process::Command::new(&cargo)
            .args(args)
            .current_dir(&root)
            .stderr(std::process::Stdio::null())
            .status()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        if !status.success() {
            return Err(format!("`cargo {}` failed", args.join(" ")));
        }
        Ok(start.elapsed())
    };
    let feature_sets: [(&str, &[&str]); 2] = [
        ("all features", &[]),
        (
            "identities only",
            &["--no-default-features", "--features", "identities"],
        ),
    ];
    for (label, features) in feature_sets {
        let build: Vec<&str> = ["build", "--package", "sailpoint-beta"]
            .into_iter()
            .chain(features.iter().copied())
            .collect();
        run(&build)?; // dependencies
        run(&["clean", "--package", "sailpoint-beta"])?;
        let elapsed = run(&build)?;
        println!(
            "cargo build (dev) of sailpoint-beta, {label}: {:.1} s",
            elapsed.as_secs_f64()
        );
    }
    Ok(())
}
