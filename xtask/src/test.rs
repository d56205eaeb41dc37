//! `cargo xtask test`: everything CI checks, in one command — the checked-in and golden output
//! are current, the workspace (with the generated crates) passes clippy and rustdoc without a
//! warning, and every test passes.

use std::path::Path;
use std::process::Command;

pub fn run(root: &Path, spec: &Path) -> Result<(), String> {
    crate::codegen::run(root, spec, true)?;
    crate::golden::run(true)?;
    cargo(root, spec, &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"], None)?;
    cargo(root, spec, &["doc", "--workspace", "--no-deps"], Some(("RUSTDOCFLAGS", "-D warnings")))?;
    cargo(root, spec, &["test", "--workspace"], None)
}

fn cargo(root: &Path, spec: &Path, args: &[&str], env: Option<(&str, &str)>) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command.args(args).current_dir(root).env("SAILPOINT_SPEC", spec);
    if let Some((key, value)) = env {
        command.env(key, value);
    }
    let status = command.status().map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("`cargo {}` failed ({status})", args.join(" "))) }
}
