//! Step 1: REV checked out into a worktree of its own, kept for the next run.

use std::path::Path;
use std::process::Command;

use super::{Checkout, Dirs, failure};

/// REV checked out under `target/bench-compare/<short rev>`: the one already there if it is REV
/// unchanged, else a new one. Kept afterwards: the next comparison with REV reuses it, and its
/// builds stay fresh in the shared target dir.
pub(super) fn prepare_worktree(root: &Path, dirs: &Dirs, rev: &str) -> Result<Checkout, String> {
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
pub(super) fn is_clean_checkout(dir: &Path, commit: &str) -> bool {
    dir.join(".git").exists()
        && git(dir, &["rev-parse", "HEAD"]).is_ok_and(|head| head == commit)
        && git(dir, &["status", "--porcelain", "--untracked-files=no"]).is_ok_and(|s| s.is_empty())
}

/// Drops a worktree that is not the one wanted, registered or only left on disk.
pub(super) fn remove_worktree(root: &Path, dir: &Path) -> Result<(), String> {
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
pub(super) fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
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
pub(super) fn head_summary(root: &Path) -> String {
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
