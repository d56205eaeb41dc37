//! Step 5: the whole `cargo xtask codegen` process against openapi-generator.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant, SystemTime};

use sha2::{Digest, Sha256};

use super::Dirs;

/// Where an openapi-generator CLI jar is looked for when `OPENAPI_GENERATOR_JAR` is not set.
pub(super) const JAR_PATHS: [&str; 2] = [
    "/work/tools/openapi-generator-cli.jar",
    "/usr/share/java/openapi-generator-cli.jar",
];

pub(super) struct GenerationFigure {
    /// `cargo xtask codegen`'s runs.
    pub(super) codegen: Runs,
    /// What the first run changed in generated/ (when it was not current) and what the second
    /// rewrote.
    pub(super) first: Rewrites,
    pub(super) second: Rewrites,
    /// openapi-generator's version and runs, or why it was not run.
    pub(super) other: Result<(String, Runs), String>,
}

/// One process's timed runs: seconds each, and the highest peak memory (KiB) of any run,
/// untimed ones included, where /proc was readable.
#[derive(Default)]
pub(super) struct Runs {
    pub(super) times: Vec<f64>,
    pub(super) peak_kib: Option<u64>,
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
pub(super) fn generation_figure(
    root: &Path,
    spec: &Path,
    dirs: &Dirs,
    rounds: usize,
) -> Result<GenerationFigure, String> {
    let generated = integration_tests::family::BETA.folder(root);
    let xtask = std::env::current_exe().map_err(|e| format!("cannot find this binary: {e}"))?;
    let codegen = || {
        let mut command = Command::new(&xtask);
        command
            .arg("codegen")
            .args(["--crate", integration_tests::family::BETA.name])
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
pub(super) fn openapi_generator(jar: &Path, spec: &Path, dirs: &Dirs) -> Result<Measured, String> {
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
pub(super) fn openapi_generator_jar() -> Result<PathBuf, String> {
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
pub(super) fn jar_version(jar: &Path) -> String {
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

pub(super) struct Measured {
    pub(super) wall: Duration,
    pub(super) peak_kib: Option<u64>,
}

/// Runs a process to its end: its wall time, and its peak resident set (VmHWM) read from /proc
/// every 2 ms while it runs, for want of the child's rusage in std. VmHWM only grows, so the last
/// reading is the peak unless the process grew in its last 2 ms.
pub(super) fn measured(command: &mut Command) -> Result<Measured, String> {
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

pub(super) fn sample_peak(pid: u32, done: &AtomicBool) -> Option<u64> {
    let mut peak = None;
    while !done.load(Ordering::Relaxed) {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
        peak = peak.max(vm_hwm_kib(&status));
        std::thread::sleep(Duration::from_millis(2));
    }
    peak
}

/// `VmHWM:   123456 kB` from a /proc status file.
pub(super) fn vm_hwm_kib(status: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Each file under a folder, by its path inside: when it was last written, and its contents'
/// digest.
pub(super) type Snapshot = BTreeMap<PathBuf, (SystemTime, [u8; 32])>;

pub(super) fn snapshot(folder: &Path) -> Result<Snapshot, String> {
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
pub(super) struct Rewrites {
    /// Files after the run.
    pub(super) files: usize,
    /// Written by the run: a new time of last writing, or new.
    pub(super) rewritten: usize,
    /// With other contents than before, or new.
    pub(super) changed: usize,
    /// There before, gone after.
    pub(super) removed: usize,
}

pub(super) fn rewrites(before: &Snapshot, after: &Snapshot) -> Rewrites {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
