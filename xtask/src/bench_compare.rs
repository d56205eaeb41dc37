//! `cargo xtask bench --compare REV [--rounds N]`: the working tree ("today") against an earlier
//! commit, in one report. Build times of the generated crate alone, decoding (bench/decode),
//! listing (bench/list, today only) and generation against openapi-generator's `rust` generator.
//! A benchmark suite for people, not a timed test: CI does not run it.
//!
//! REV's crate is its checked-in `generated/`, checked out into a worktree under
//! `target/bench-compare/<short rev>` that is kept for the next run. Both workspaces build into
//! one target dir, `target/bench-compare/target`: their paths differ, so their units do not
//! collide, while the registry dependencies they share are built once.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant, SystemTime};

use sha2::{Digest, Sha256};

/// Rounds of bench-decode inside one of its runs, and their length: about 6 s a run.
const DECODE_ARGS: [&str; 4] = ["--rounds", "10", "--round-ms", "300"];

/// Where an openapi-generator CLI jar is looked for when `OPENAPI_GENERATOR_JAR` is not set.
const JAR_PATHS: [&str; 2] = [
    "/work/tools/openapi-generator-cli.jar",
    "/usr/share/java/openapi-generator-cli.jar",
];

pub fn run(root: &Path, spec: &Path, rev: &str, rounds: usize) -> Result<(), String> {
    let rounds = rounds.max(1);
    let dirs = Dirs::new(root);
    let today = Checkout {
        label: "today".into(),
        root: root.to_path_buf(),
    };
    let base = prepare_worktree(root, &dirs, rev).map_err(step("checking out REV"))?;
    eprintln!(
        "comparing {} (today) with {} at {}; builds in {}",
        root.display(),
        base.label,
        base.root.display(),
        dirs.target.display()
    );
    let builds = BUILDS
        .iter()
        .map(|figure| build_figure(figure, &today, &base, &dirs, rounds))
        .collect::<Result<Vec<_>, _>>()
        .map_err(step("build times"))?;
    let decode = decode_figure(&today, &base, &dirs, rounds).map_err(step("decode figure"))?;
    let list = list_figure(&today, &dirs, rounds).map_err(step("listing figure"))?;
    let generation = generation_figure(root, spec, &dirs, rounds).map_err(step("generation"))?;
    let report = Report {
        command: command_line(),
        spec: spec.to_path_buf(),
        today_head: head_summary(root),
        base: &base,
        rounds,
        builds,
        decode,
        list,
        generation,
    };
    println!("{report}");
    Ok(())
}

/// Prefixes an error with the step it happened in.
fn step(name: &'static str) -> impl Fn(String) -> String {
    move |message| format!("{name}: {message}")
}

/// How this run was asked for, to repeat it.
fn command_line() -> String {
    let args: Vec<String> = std::env::args().skip(1).collect();
    format!("cargo xtask {}", args.join(" "))
}

/// The folders this suite works in, all under the target dir so `cargo clean` drops them.
struct Dirs {
    /// `target/bench-compare`.
    base: PathBuf,
    /// The target dir both workspaces build into.
    target: PathBuf,
}

impl Dirs {
    fn new(root: &Path) -> Self {
        let base = crate::target_dir(root).join("bench-compare");
        let target = base.join("target");
        Dirs { base, target }
    }
}

/// A workspace to build in: today's working tree, or REV's worktree.
struct Checkout {
    /// `today`, or REV's short hash.
    label: String,
    root: PathBuf,
}

// ---------------------------------------------------------------------------------------------
// Step 1: REV's worktree.

/// REV checked out under `target/bench-compare/<short rev>`: the one already there if it is REV
/// unchanged, else a new one. Kept afterwards: the next comparison with REV reuses it, and its
/// builds stay fresh in the shared target dir.
fn prepare_worktree(root: &Path, dirs: &Dirs, rev: &str) -> Result<Checkout, String> {
    let full = git(
        root,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
    )
    .map_err(|_| {
        format!(
            "`{rev}` is not a commit in the repository at {}",
            root.display()
        )
    })?;
    let short = git(root, &["rev-parse", "--short=8", &full])?;
    let dir = dirs.base.join(&short);
    if !is_clean_checkout(&dir, &full) {
        remove_worktree(root, &dir)?;
        std::fs::create_dir_all(&dirs.base)
            .map_err(|e| format!("cannot make {}: {e}", dirs.base.display()))?;
        let dir_text = dir.to_string_lossy();
        git(
            root,
            &["worktree", "add", "--detach", "--force", &dir_text, &full],
        )?;
    }
    Ok(Checkout {
        label: short,
        root: dir,
    })
}

/// Whether `dir` is a worktree at `commit` with no tracked file changed.
fn is_clean_checkout(dir: &Path, commit: &str) -> bool {
    dir.join(".git").exists()
        && git(dir, &["rev-parse", "HEAD"]).is_ok_and(|head| head == commit)
        && git(dir, &["status", "--porcelain", "--untracked-files=no"]).is_ok_and(|s| s.is_empty())
}

/// Drops a worktree that is not the one wanted, registered or only left on disk.
fn remove_worktree(root: &Path, dir: &Path) -> Result<(), String> {
    if dir.exists() {
        let _ = git(
            root,
            &["worktree", "remove", "--force", &dir.to_string_lossy()],
        );
    }
    if dir.exists() {
        std::fs::remove_dir_all(dir)
            .map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
    }
    git(root, &["worktree", "prune"]).map(drop)
}

/// `git ARGS` in `dir`: its stdout, trimmed.
fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !output.status.success() {
        return Err(failure(&format!("git {}", args.join(" ")), &output));
    }
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// Today's HEAD, and whether generated/ differs from it: what "today" was.
fn head_summary(root: &Path) -> String {
    let head = git(root, &["rev-parse", "--short=8", "HEAD"]).unwrap_or_else(|_| "?".into());
    let dirty = git(root, &["status", "--porcelain", "--", "generated"])
        .is_ok_and(|status| !status.is_empty());
    let state = if dirty {
        "generated/ with uncommitted changes"
    } else {
        "generated/ as committed"
    };
    format!("HEAD {head}, {state}")
}

// ---------------------------------------------------------------------------------------------
// Step 2: build times.

struct BuildSpec {
    label: &'static str,
    args: &'static [&'static str],
    target: Target,
}

/// The three builds compared, each of the generated crate alone.
static BUILDS: [BuildSpec; 3] = [
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

struct BuildFigure {
    spec: &'static BuildSpec,
    /// Seconds per round, today's and REV's.
    times: Paired,
}

/// One build figure: an untimed build of each first, then rounds of today and REV in turns, so
/// a drift in the machine's speed falls on both. The warm-up touches nothing: it builds what is
/// missing (dependencies, the crate the first time) and is a no-op on a later run.
fn build_figure(
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
fn timed_build(checkout: &Checkout, dirs: &Dirs, args: &[&str]) -> Result<f64, String> {
    touch(&checkout.root.join("generated/src/lib.rs"))?;
    build(checkout, dirs, args)
}

/// Seconds for `cargo ARGS` in a checkout.
fn build(checkout: &Checkout, dirs: &Dirs, args: &[&str]) -> Result<f64, String> {
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

/// `cargo ARGS` run from a checkout's root, into the shared target dir, without incremental
/// compilation (whose cache would make the touched rebuilds cheaper than a real one).
fn cargo(checkout: &Checkout, dirs: &Dirs, args: &[&str]) -> Command {
    let program = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(program);
    command
        .args(args)
        .current_dir(&checkout.root)
        .env("CARGO_TARGET_DIR", &dirs.target)
        .env("CARGO_INCREMENTAL", "0");
    command
}

fn touch(path: &Path) -> Result<(), String> {
    std::fs::File::options()
        .write(true)
        .open(path)
        .and_then(|file| file.set_modified(SystemTime::now()))
        .map_err(|e| format!("cannot touch {}: {e}", path.display()))
}

// ---------------------------------------------------------------------------------------------
// Step 3: decoding.

enum DecodeFigure {
    /// Typed items/s per round, today's and REV's.
    Compared(Paired),
    /// REV has no bench/decode: today's typed/plain time per round.
    TodayOnly(Vec<f64>),
}

/// bench/decode of today and, where REV has it, of REV, in turns. Each is built first and its
/// binary copied out of the shared target dir, where both would be `release/bench-decode`.
fn decode_figure(
    today: &Checkout,
    base: &Checkout,
    dirs: &Dirs,
    rounds: usize,
) -> Result<DecodeFigure, String> {
    let today_bin = release_binary(today, dirs, "bench-decode")?;
    let base_bin = if base.root.join("bench/decode/Cargo.toml").exists() {
        Some(release_binary(base, dirs, "bench-decode")?)
    } else {
        eprintln!(
            "{} has no bench/decode: today's typed/plain only",
            base.label
        );
        None
    };
    let mut paired = Paired::default();
    let mut typed_plain = Vec::new();
    for round in 1..=rounds {
        eprintln!("round {round}/{rounds}: decode");
        let output = run_binary(&today_bin, &DECODE_ARGS)?;
        paired
            .today
            .push(typed_rate(&output).map_err(unreadable("today's bench-decode"))?);
        typed_plain.push(typed_plain_ratio(&output).map_err(unreadable("today's bench-decode"))?);
        if let Some(base_bin) = &base_bin {
            let output = run_binary(base_bin, &DECODE_ARGS)?;
            paired
                .base
                .push(typed_rate(&output).map_err(unreadable("REV's bench-decode"))?);
        }
    }
    Ok(match base_bin {
        Some(_) => DecodeFigure::Compared(paired),
        None => DecodeFigure::TodayOnly(typed_plain),
    })
}

/// Builds a bench package with the release profile and copies its binary to
/// `bench-compare/bin/<package>-<checkout>`.
fn release_binary(checkout: &Checkout, dirs: &Dirs, package: &str) -> Result<PathBuf, String> {
    eprintln!("building {package} at {} (release)", checkout.label);
    let args = ["build", "--release", "-p", package];
    let output = cargo(checkout, dirs, &args)
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !output.status.success() {
        let what = format!("cargo {} (in {})", args.join(" "), checkout.root.display());
        return Err(failure(&what, &output));
    }
    let built = dirs.target.join("release").join(package);
    let bin_dir = dirs.base.join("bin");
    let copy = bin_dir.join(format!("{package}-{}", checkout.label));
    std::fs::create_dir_all(&bin_dir)
        .and_then(|()| std::fs::copy(&built, &copy))
        .map_err(|e| format!("cannot copy {} to {}: {e}", built.display(), copy.display()))?;
    Ok(copy)
}

/// A bench binary's stdout.
fn run_binary(binary: &Path, args: &[&str]) -> Result<String, String> {
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
fn unreadable(what: &'static str) -> impl Fn(String) -> String {
    move |message| format!("cannot read {what}'s output: {message}")
}

/// The typed decode's median items/s, from bench-decode's line
/// `typed  Vec<...Identity>  median 1 234 567 items/s (min ..., max ...)`.
fn typed_rate(output: &str) -> Result<f64, String> {
    output
        .lines()
        .map(str::trim_start)
        .filter(|line| line.starts_with("typed"))
        .find_map(|line| number_after(line, "median "))
        .ok_or_else(|| missing("typed ... median N items/s", output))
}

/// The typed/plain time ratio, from bench-decode's line `typed/plain time: median 1.05x ...`.
fn typed_plain_ratio(output: &str) -> Result<f64, String> {
    output
        .lines()
        .find_map(|line| number_after(line, "typed/plain time: median "))
        .ok_or_else(|| missing("typed/plain time: median Nx", output))
}

/// The number right after `marker` in `line`, with spaces as thousands separators
/// (`1 234 567.8`): it ends at the first character that is neither.
fn number_after(line: &str, marker: &str) -> Option<f64> {
    let (_, rest) = line.split_once(marker)?;
    let digits: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ' ')
        .filter(|c| *c != ' ')
        .collect();
    digits.parse().ok()
}

fn missing(line: &str, output: &str) -> String {
    format!("no line `{line}` in:\n{output}")
}

// ---------------------------------------------------------------------------------------------
// Step 4: listing.

struct ListFigure {
    /// bench-list's list/decode time.
    ratio: f64,
    /// Its whole report, to show as it is.
    output: String,
}

/// bench/list of today only: the listing's cost over decoding is this crate's own figure.
fn list_figure(today: &Checkout, dirs: &Dirs, rounds: usize) -> Result<ListFigure, String> {
    let binary = release_binary(today, dirs, "bench-list")?;
    eprintln!("running bench-list");
    let output = run_binary(&binary, &["--runs", &rounds.max(5).to_string()])?;
    let ratio = list_ratio(&output).map_err(unreadable("bench-list"))?;
    Ok(ListFigure { ratio, output })
}

/// From bench-list's line `list/decode time: 1.12x (medians; ...)`.
fn list_ratio(output: &str) -> Result<f64, String> {
    output
        .lines()
        .find_map(|line| number_after(line, "list/decode time: "))
        .ok_or_else(|| missing("list/decode time: Nx", output))
}

// ---------------------------------------------------------------------------------------------
// Step 5: generation.

struct GenerationFigure {
    /// `cargo xtask codegen`'s runs.
    codegen: Runs,
    /// What the first run changed in generated/ (when it was not current) and what the second
    /// rewrote.
    first: Rewrites,
    second: Rewrites,
    /// openapi-generator's version and runs, or why it was not run.
    other: Result<(String, Runs), String>,
}

/// One process's timed runs: seconds each, and the highest peak memory (KiB) of any run,
/// untimed ones included, where /proc was readable.
#[derive(Default)]
struct Runs {
    times: Vec<f64>,
    peak_kib: Option<u64>,
}

impl Runs {
    fn untimed(&mut self, run: Measured) {
        self.peak_kib = self.peak_kib.max(run.peak_kib);
    }

    fn timed(&mut self, run: Measured) {
        self.times.push(run.wall.as_secs_f64());
        self.untimed(run);
    }
}

/// The whole `cargo xtask codegen` process (this very binary) against openapi-generator's `rust`
/// generator on the same spec, in turns, after an untimed run of each. Last of the steps, as
/// codegen writes into generated/, which the builds measured as it was.
fn generation_figure(
    root: &Path,
    spec: &Path,
    dirs: &Dirs,
    rounds: usize,
) -> Result<GenerationFigure, String> {
    let generated = root.join("generated");
    let xtask = std::env::current_exe().map_err(|e| format!("cannot find this binary: {e}"))?;
    let codegen = || {
        let mut command = Command::new(&xtask);
        command
            .arg("codegen")
            .arg("--spec")
            .arg(spec)
            .current_dir(root);
        measured(&mut command)
    };
    let mut runs = Runs::default();
    eprintln!("warm-up: cargo xtask codegen");
    let before = snapshot(&generated)?;
    runs.untimed(codegen()?);
    let after_first = snapshot(&generated)?;
    let mut other = openapi_generator_jar().and_then(|jar| {
        eprintln!("warm-up: openapi-generator ({})", jar.display());
        let mut other_runs = Runs::default();
        other_runs.untimed(openapi_generator(&jar, spec, dirs)?);
        Ok((jar, other_runs))
    });
    let mut second = Rewrites::default();
    for round in 1..=rounds {
        eprintln!("round {round}/{rounds}: generation");
        runs.timed(codegen()?);
        if round == 1 {
            second = rewrites(&after_first, &snapshot(&generated)?);
        }
        other = other.and_then(|(jar, mut other_runs)| {
            other_runs.timed(openapi_generator(&jar, spec, dirs)?);
            Ok((jar, other_runs))
        });
    }
    Ok(GenerationFigure {
        codegen: runs,
        first: rewrites(&before, &after_first),
        second,
        other: other.map(|(jar, other_runs)| (jar_version(&jar), other_runs)),
    })
}

/// One run of openapi-generator's `rust` generator into a scratch folder of its own.
fn openapi_generator(jar: &Path, spec: &Path, dirs: &Dirs) -> Result<Measured, String> {
    let out = tempfile::tempdir_in(&dirs.base)
        .map_err(|e| format!("cannot make a scratch folder: {e}"))?;
    let mut command = Command::new("java");
    command
        .arg("-jar")
        .arg(jar)
        .args(["generate", "-g", "rust", "-i"]);
    command.arg(spec).arg("-o").arg(out.path());
    measured(&mut command).map_err(|e| format!("openapi-generator: {e}"))
}

/// The jar from `OPENAPI_GENERATOR_JAR`, else the first of the known places that has one.
fn openapi_generator_jar() -> Result<PathBuf, String> {
    if let Some(jar) = std::env::var_os("OPENAPI_GENERATOR_JAR") {
        return Ok(PathBuf::from(jar));
    }
    JAR_PATHS
        .iter()
        .map(PathBuf::from)
        .find(|jar| jar.is_file())
        .ok_or_else(|| {
            format!(
                "no openapi-generator jar: OPENAPI_GENERATOR_JAR is not set and none is at {}",
                JAR_PATHS.join(" or ")
            )
        })
}

/// `java -jar JAR version`, or `?`.
fn jar_version(jar: &Path) -> String {
    Command::new("java")
        .arg("-jar")
        .arg(jar)
        .arg("version")
        .output()
        .ok()
        .filter(|output| output.status.success())
        .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned())
        .unwrap_or_else(|| "?".into())
}

struct Measured {
    wall: Duration,
    peak_kib: Option<u64>,
}

/// Runs a process to its end: its wall time, and its peak resident set (VmHWM) read from /proc
/// every 2 ms while it runs, for want of the child's rusage in std. VmHWM only grows, so the last
/// reading is the peak unless the process grew in its last 2 ms.
fn measured(command: &mut Command) -> Result<Measured, String> {
    let log = tempfile::tempfile().map_err(|e| format!("cannot make a log file: {e}"))?;
    let stderr = log
        .try_clone()
        .map_err(|e| format!("cannot share the log: {e}"))?;
    // Into a file rather than a pipe: nothing to drain while the process runs.
    command.stdin(Stdio::null()).stdout(log).stderr(stderr);
    let shown = format!("{command:?}");
    let start = Instant::now();
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot run {shown}: {e}"))?;
    let done = AtomicBool::new(false);
    let (status, wall, peak_kib) = std::thread::scope(|scope| {
        let sampler = {
            let (pid, done) = (child.id(), &done);
            scope.spawn(move || sample_peak(pid, done))
        };
        let status = child.wait();
        let wall = start.elapsed();
        done.store(true, Ordering::Relaxed);
        (status, wall, sampler.join().unwrap_or(None))
    });
    let status = status.map_err(|e| format!("cannot wait for {shown}: {e}"))?;
    if !status.success() {
        return Err(format!("{shown} failed ({status})"));
    }
    Ok(Measured { wall, peak_kib })
}

fn sample_peak(pid: u32, done: &AtomicBool) -> Option<u64> {
    let mut peak = None;
    while !done.load(Ordering::Relaxed) {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
        peak = peak.max(vm_hwm_kib(&status));
        std::thread::sleep(Duration::from_millis(2));
    }
    peak
}

/// `VmHWM:   123456 kB` from a /proc status file.
fn vm_hwm_kib(status: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Each file under a folder, by its path inside: when it was last written, and its contents'
/// digest.
type Snapshot = BTreeMap<PathBuf, (SystemTime, [u8; 32])>;

fn snapshot(folder: &Path) -> Result<Snapshot, String> {
    let mut files = Snapshot::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries =
            std::fs::read_dir(&dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry
                .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
                .path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            let read = |e: std::io::Error| format!("cannot read {}: {e}", path.display());
            let modified = std::fs::metadata(&path)
                .and_then(|m| m.modified())
                .map_err(read)?;
            let digest = Sha256::digest(std::fs::read(&path).map_err(read)?).into();
            let inside = path.strip_prefix(folder).unwrap_or(&path).to_path_buf();
            files.insert(inside, (modified, digest));
        }
    }
    Ok(files)
}

/// What one run did to a folder.
#[derive(Debug, Default, PartialEq)]
struct Rewrites {
    /// Files after the run.
    files: usize,
    /// Written by the run: a new time of last writing, or new.
    rewritten: usize,
    /// With other contents than before, or new.
    changed: usize,
    /// There before, gone after.
    removed: usize,
}

fn rewrites(before: &Snapshot, after: &Snapshot) -> Rewrites {
    let mut counts = Rewrites {
        files: after.len(),
        removed: before.keys().filter(|p| !after.contains_key(*p)).count(),
        ..Rewrites::default()
    };
    for (path, (modified, digest)) in after {
        let old = before.get(path);
        counts.rewritten += usize::from(old.is_none_or(|(m, _)| m != modified));
        counts.changed += usize::from(old.is_none_or(|(_, d)| d != digest));
    }
    counts
}

// ---------------------------------------------------------------------------------------------
// The figures' arithmetic.

/// Per-round figures of today and REV, taken in turns.
#[derive(Default)]
struct Paired {
    today: Vec<f64>,
    base: Vec<f64>,
}

impl Paired {
    /// Today over REV: the median of the rounds' ratios, as each round's two runs are neighbours
    /// in time and so steadier together than the medians of each.
    fn ratio(&self) -> f64 {
        median_ratio(&self.today, &self.base)
    }
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    match sorted.len() {
        0 => f64::NAN,
        n if n % 2 == 0 => (sorted[middle - 1] + sorted[middle]) / 2.0,
        _ => sorted[middle],
    }
}

/// The median of `a[i] / b[i]` over the rounds both have.
fn median_ratio(a: &[f64], b: &[f64]) -> f64 {
    let ratios: Vec<f64> = a.iter().zip(b).map(|(a, b)| a / b).collect();
    median(&ratios)
}

#[derive(Clone, Copy)]
enum Target {
    AtMost(f64),
    AtLeast(f64),
    Below(f64),
}

impl Target {
    fn verdict(self, value: f64) -> &'static str {
        let met = match self {
            Target::AtMost(limit) => value <= limit,
            Target::AtLeast(limit) => value >= limit,
            Target::Below(limit) => value < limit,
        };
        if met { "met" } else { "NOT met" }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::AtMost(limit) => write!(f, "<= {limit}"),
            Target::AtLeast(limit) => write!(f, ">= {limit}"),
            Target::Below(limit) => write!(f, "< {limit}"),
        }
    }
}

const DECODE_TARGET: Target = Target::AtLeast(0.95);
/// bench-decode's and bench-list's own targets.
const TYPED_PLAIN_TARGET: Target = Target::AtMost(1.10);
const LIST_TARGET: Target = Target::AtMost(1.20);
const SPEED_UP_TARGET: Target = Target::AtLeast(30.0);
const MEMORY_TARGET_MB: Target = Target::Below(200.0);

// ---------------------------------------------------------------------------------------------
// Step 6: the report.

struct Report<'a> {
    command: String,
    spec: PathBuf,
    today_head: String,
    base: &'a Checkout,
    rounds: usize,
    builds: Vec<BuildFigure>,
    decode: DecodeFigure,
    list: ListFigure,
    generation: GenerationFigure,
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
            "build of sailpoint-beta alone, seconds (dependencies built, src/lib.rs touched, \
             CARGO_INCREMENTAL=0):"
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
        match &self.decode {
            DecodeFigure::Compared(paired) => {
                let ratio = paired.ratio();
                writeln!(f, "decode, typed items/s ({runs}):")?;
                writeln!(
                    f,
                    "  today  {} (median {:.0})",
                    rates(&paired.today),
                    median(&paired.today)
                )?;
                writeln!(
                    f,
                    "  {base}  {} (median {:.0})",
                    rates(&paired.base),
                    median(&paired.base)
                )?;
                writeln!(
                    f,
                    "  today/REV {ratio:.3} (target {DECODE_TARGET}): {}\n",
                    DECODE_TARGET.verdict(ratio)
                )
            }
            DecodeFigure::TodayOnly(ratios) => {
                let ratio = median(ratios);
                writeln!(
                    f,
                    "decode ({runs}): {base} has no bench/decode, so today alone:"
                )?;
                writeln!(
                    f,
                    "  typed/plain time {ratio:.2}x (median of {}; bench-decode's target {TYPED_PLAIN_TARGET}): {}\n",
                    times_x(ratios),
                    TYPED_PLAIN_TARGET.verdict(ratio)
                )
            }
        }
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
fn table(rows: &[Vec<String>]) -> String {
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
fn with_median(values: &[f64]) -> String {
    let cells: Vec<String> = values.iter().map(|v| format!("{v:.2}")).collect();
    format!("{} (median {:.2})", cells.join(" "), median(values))
}

fn seconds(values: &[f64]) -> String {
    let cells: Vec<String> = values.iter().map(|v| format!("{v:.1}")).collect();
    cells.join(" ")
}

fn rates(values: &[f64]) -> String {
    let cells: Vec<String> = values.iter().map(|v| format!("{v:.0}")).collect();
    cells.join(" ")
}

fn times_x(values: &[f64]) -> String {
    let cells: Vec<String> = values.iter().map(|v| format!("{v:.2}x")).collect();
    cells.join(" ")
}

fn megabytes(kib: Option<u64>) -> String {
    kib.map_or_else(
        || "not available (no /proc)".to_owned(),
        |kib| format!("{:.1} MB (VmHWM, sampled)", kib as f64 / 1024.0),
    )
}

/// A failed command's message: what it was, and the end of what it said.
fn failure(what: &str, output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    let tail = lines[lines.len().saturating_sub(20)..].join("\n");
    format!("`{what}` failed ({}):\n{tail}", output.status)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DECODE_OUTPUT: &str = "\
decode: a page of 250 identities (the spec's `Identity` example, ids varied; 301 KB of JSON) with serde_json, 10 rounds of ~300 ms each way, alternating
  typed  Vec<sailpoint_beta::models::Identity>  median 1 234 568 items/s (min 1 100 000, max 1 300 000)
  plain  Vec<PlainIdentity> (plain derive)      median 1 180 000 items/s (min 1 000 000, max 1 250 000)
  typed/plain time: median 1.05x over the rounds (min 0.98x, max 1.12x); target at most 1.10x: met
";

    const LIST_OUTPUT: &str = "\
list: 10000 identities in pages of 250 (40 pages, 12.0 MB of JSON), 5 runs of each, alternating; 2 runtime worker threads; 2 pages ahead
  listing median  120.5 ms (min 118.0, max 125.1)
  list/decode time: 1.12x (medians; per run 1.05x to 1.20x); target at most 1.20x: met
  list/decode-as-the-client time: 1.01x (per run 0.99x to 1.03x): what fetching adds
";

    #[test]
    fn median_of_odd_even_and_none() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), 2.5);
        assert_eq!(median(&[7.5]), 7.5);
        assert!(median(&[]).is_nan());
    }

    #[test]
    fn ratio_is_the_median_of_the_rounds_ratios() {
        // Rounds' ratios 0.5, 0.4, 1.0: their median 0.5, not 20/40 of the medians.
        let paired = Paired {
            today: vec![10.0, 20.0, 40.0],
            base: vec![20.0, 50.0, 40.0],
        };
        assert_eq!(paired.ratio(), 0.5);
        // Extra rounds of one side have no partner and are left out.
        assert_eq!(median_ratio(&[1.0, 2.0, 9.0], &[2.0, 4.0]), 0.5);
    }

    #[test]
    fn reads_bench_decode_figures() {
        assert_eq!(typed_rate(DECODE_OUTPUT), Ok(1_234_568.0));
        assert_eq!(typed_plain_ratio(DECODE_OUTPUT), Ok(1.05));
    }

    #[test]
    fn reads_bench_list_ratio() {
        assert_eq!(list_ratio(LIST_OUTPUT), Ok(1.12));
    }

    #[test]
    fn unreadable_output_is_an_error_naming_the_line() {
        let error = typed_rate("decode: something else\n").unwrap_err();
        assert!(error.contains("typed ... median N items/s"), "{error}");
        assert!(error.contains("something else"), "{error}");
        assert!(typed_plain_ratio("typed/plain time: median x").is_err());
        assert!(list_ratio("").is_err());
    }

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

    #[test]
    fn reads_vm_hwm() {
        let status = "Name:\txtask\nVmPeak:\t  300000 kB\nVmHWM:\t  150528 kB\nVmRSS:\t 1 kB\n";
        assert_eq!(vm_hwm_kib(status), Some(150_528));
        assert_eq!(vm_hwm_kib("Name:\tzombie\nState:\tZ (zombie)\n"), None);
    }

    #[test]
    fn counts_rewritten_changed_and_removed_files() {
        let (t0, t1) = (
            SystemTime::UNIX_EPOCH,
            SystemTime::UNIX_EPOCH + Duration::from_secs(1),
        );
        let file = |name: &str, time, digest| (PathBuf::from(name), (time, [digest; 32]));
        let before: Snapshot = [
            file("same", t0, 1),
            file("touched", t0, 2),
            file("edited", t0, 3),
            file("gone", t0, 4),
        ]
        .into_iter()
        .collect();
        let after: Snapshot = [
            file("same", t0, 1),
            file("touched", t1, 2),
            file("edited", t1, 9),
            file("new", t1, 5),
        ]
        .into_iter()
        .collect();
        let expected = Rewrites {
            files: 4,
            rewritten: 3,
            changed: 2,
            removed: 1,
        };
        assert_eq!(rewrites(&before, &after), expected);
    }

    #[test]
    fn targets_judge_their_bounds() {
        assert_eq!(Target::AtMost(0.5).verdict(0.5), "met");
        assert_eq!(Target::AtMost(0.5).verdict(0.51), "NOT met");
        assert_eq!(Target::AtLeast(30.0).verdict(29.9), "NOT met");
        assert_eq!(Target::Below(200.0).verdict(200.0), "NOT met");
        assert_eq!(Target::AtMost(0.6).to_string(), "<= 0.6");
        assert_eq!(Target::AtLeast(30.0).to_string(), ">= 30");
    }

    #[test]
    fn table_pads_columns_to_the_widest_cell() {
        let rows = vec![
            vec!["a".to_owned(), "bb".to_owned(), String::new()],
            vec!["ccc".to_owned(), "d".to_owned(), "e".to_owned()],
        ];
        assert_eq!(table(&rows), "  a    bb\n  ccc  d   e");
    }
}
