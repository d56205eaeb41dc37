//! Where a spec tree comes from: a root document on disk, or a commit of a git repository
//! (any URL or path git takes, such as `../shared/spec-history/api-specs.git`).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The spec's root document, in a folder of its own for a checkout (removed when dropped).
pub struct SpecTree {
    pub root: PathBuf,
    _checkout: Option<tempfile::TempDir>,
}

/// `text` as a root document when it is a file, else as `REPOSITORY@COMMIT` (a SHA, tag or
/// branch), checked out in a scratch folder; `root_in_tree` is the root document's path there.
pub fn open(text: &str, root_in_tree: &str) -> Result<SpecTree, String> {
    let path = Path::new(text);
    if path.is_file() {
        return Ok(SpecTree::on_disk(path.to_path_buf()));
    }
    let Some((repository, commit)) = text
        .rsplit_once('@')
        .filter(|(r, c)| !r.is_empty() && !c.is_empty())
    else {
        return Err(format!(
            "`{text}` is neither a spec's root document nor REPOSITORY@COMMIT"
        ));
    };
    SpecTree::at_commit(repository, commit, root_in_tree)
}

impl SpecTree {
    pub fn on_disk(root: PathBuf) -> SpecTree {
        SpecTree {
            root,
            _checkout: None,
        }
    }

    /// `commit` of `repository`, checked out in a scratch folder.
    pub fn at_commit(
        repository: &str,
        commit: &str,
        root_in_tree: &str,
    ) -> Result<SpecTree, String> {
        let folder =
            tempfile::tempdir().map_err(|e| format!("cannot make a scratch folder: {e}"))?;
        checkout(repository, commit, folder.path())
            .map_err(|e| format!("cannot fetch {commit} from {repository}: {e}"))?;
        let root = folder.path().join(root_in_tree);
        if !root.is_file() {
            return Err(format!("{repository} at {commit} has no {root_in_tree}"));
        }
        Ok(SpecTree {
            root,
            _checkout: Some(folder),
        })
    }
}

/// `commit` of `repository`, checked out into the empty folder `into`, without its history.
pub fn checkout(repository: &str, commit: &str, into: &Path) -> Result<(), String> {
    // A repository given as a relative path is relative to where the command runs, not `into`.
    let repository = match Path::new(repository) {
        local if local.exists() => std::path::absolute(local)
            .map_err(|e| format!("{repository}: {e}"))?
            .display()
            .to_string(),
        _ => repository.to_owned(),
    };
    git(into, &["init", "--quiet"])?;
    git(
        into,
        &["fetch", "--quiet", "--depth", "1", &repository, commit],
    )?;
    git(into, &["checkout", "--quiet", "FETCH_HEAD"])?;
    Ok(())
}

/// Runs git in `folder`; gives what it printed, trimmed, or an error with what it said.
pub fn git(folder: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .args(args)
        .current_dir(folder)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "`git {}` failed ({}): {}",
            args.join(" "),
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// Puts the top folder of the tree checked out in `fetched` (`idn/` for `idn/…`) in place of
/// the one in `spec_folder`.
pub fn replace_tree(spec_folder: &Path, fetched: &Path, root_in_tree: &str) -> Result<(), String> {
    let top = Path::new(root_in_tree)
        .components()
        .next()
        .map(|c| c.as_os_str().to_owned())
        .unwrap_or_default();
    let (from, to) = (fetched.join(&top), spec_folder.join(&top));
    if to.exists() {
        std::fs::remove_dir_all(&to).map_err(|e| format!("{}: {e}", to.display()))?;
    }
    std::fs::rename(&from, &to).map_err(|e| format!("{}: {e}", to.display()))
}
