//! The spec history walked with spec-update, oldest state first, in a scratch project: each
//! step's changelog section is a golden file under tests/spec_update/ (`cargo xtask golden`
//! writes them, the test below compares them).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::spec_update::{self, Outcome, Request};
use integration_tests::family::{BETA, Member};

/// The stand-in for upstream: six real states of the beta tree (see its README).
pub fn repository(root: &Path) -> PathBuf {
    root.join("../shared/spec-history/api-specs.git")
}

pub fn golden_dir(root: &Path) -> PathBuf {
    root.join("tests/spec_update")
}

/// One spec-update per commit of `repository`, oldest first, into the empty project `scratch`.
pub fn walk(repository: &Path, scratch: &Path) -> Result<Vec<(String, Outcome)>, String> {
    let output = Command::new("git")
        .arg("--git-dir")
        .arg(repository)
        .args(["rev-list", "--reverse", "HEAD"])
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "{}: not a git repository with history ({})",
            repository.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let mut steps = Vec::new();
    for commit in String::from_utf8_lossy(&output.stdout).lines() {
        let outcomes = spec_update::update(
            scratch,
            Request {
                repository: Some(repository.display().to_string()),
                revision: Some(commit.to_owned()),
                pinned_spec: None,
            },
        )?;
        steps.push((commit.to_owned(), beta_outcome(outcomes)?));
    }
    Ok(steps)
}

/// The beta crate's outcome: the history holds states of the beta tree alone.
fn beta_outcome(outcomes: Vec<(Member, Outcome)>) -> Result<Outcome, String> {
    let names: Vec<&str> = outcomes.iter().map(|(member, _)| member.name).collect();
    match outcomes.into_iter().find(|(member, _)| *member == BETA) {
        Some((_, outcome)) if names == [BETA.name] => Ok(outcome),
        _ => Err(format!("a state of the beta tree updated {names:?}")),
    }
}

/// The golden file of step `index` (from 1).
pub fn golden_name(index: usize) -> String {
    format!("step-{index}.md")
}

/// What the golden file of a step holds: the version and its changelog section.
pub fn golden_text(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Unchanged { commit } => format!("no API change at {commit}\n"),
        Outcome::Updated { section, .. } => section.clone(),
    }
}

/// Writes the golden files from a fresh walk.
pub fn bless(root: &Path) -> Result<(), String> {
    let scratch = tempfile::tempdir().map_err(|e| format!("cannot make a scratch folder: {e}"))?;
    let steps = walk(&repository(root), scratch.path())?;
    let dir = golden_dir(root);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for (index, (_, outcome)) in steps.iter().enumerate() {
        let path = dir.join(golden_name(index + 1));
        std::fs::write(&path, golden_text(outcome))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    println!("tests/spec_update: {} steps", steps.len());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(folder: &Path) -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        let mut pending = vec![folder.to_path_buf()];
        while let Some(dir) = pending.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    pending.push(path);
                } else {
                    let name = path.strip_prefix(folder).unwrap().display().to_string();
                    out.push((name, std::fs::read(&path).unwrap()));
                }
            }
        }
        out.sort();
        out
    }

    /// Walks the whole history: each step as its golden file says, a second run on the last
    /// commit changes nothing, bad input changes nothing, and the crate the walk ends with is
    /// the checked-in one but for its version, changelog and pin.
    #[test]
    fn spec_update_walks_the_history_as_reviewed() {
        let root = crate::project_root();
        let repository = repository(&root);
        let scratch = tempfile::tempdir().unwrap();
        let steps = walk(&repository, scratch.path()).unwrap();
        assert_eq!(steps.len(), 6, "the history has six states");
        for (index, (commit, outcome)) in steps.iter().enumerate() {
            let path = golden_dir(&root).join(golden_name(index + 1));
            let expected = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}; run `cargo xtask golden`", path.display()));
            assert_eq!(
                golden_text(outcome),
                expected,
                "step {} ({commit}) differs from {}; run `cargo xtask golden` and review",
                index + 1,
                path.display()
            );
        }

        let before = files(scratch.path());
        let (last, _) = steps.last().unwrap();
        let again = Request {
            repository: Some(repository.display().to_string()),
            revision: Some(last.clone()),
            pinned_spec: None,
        };
        assert_eq!(
            beta_outcome(spec_update::update(scratch.path(), again).unwrap()).unwrap(),
            Outcome::Unchanged {
                commit: last.clone()
            }
        );
        let bad = Request {
            repository: Some(repository.display().to_string()),
            revision: Some("0000000000000000000000000000000000000000".into()),
            pinned_spec: None,
        };
        let error = spec_update::update(scratch.path(), bad).unwrap_err();
        assert!(
            error.contains("cannot fetch 0000000000000000000000000000000000000000"),
            "{error}"
        );
        let nowhere = Request {
            repository: Some(
                scratch
                    .path()
                    .join("no-such-repository")
                    .display()
                    .to_string(),
            ),
            revision: None,
            pinned_spec: None,
        };
        assert!(
            spec_update::update(scratch.path(), nowhere)
                .unwrap_err()
                .contains("no-such-repository")
        );
        let after = files(scratch.path());
        assert!(
            before == after,
            "a run that changed nothing, or failed, wrote files"
        );

        // The walk ends at the pinned tree: the same crate but for its changelog, its version
        // and where the tree was taken from (the history repository, not upstream).
        let crate_files = |project: &Path| -> Vec<(String, String)> {
            let pin = integration_tests::spec_pin::read(project, integration_tests::family::BETA)
                .unwrap();
            files(&integration_tests::family::BETA.folder(project))
                .into_iter()
                .filter(|(name, _)| name != integration_tests::CHANGELOG)
                .map(|(name, bytes)| {
                    let short_commit = &pin.commit[..12];
                    let text = String::from_utf8_lossy(&bytes)
                        .lines()
                        // The runtime's version is not the crate's, which is replaced below.
                        .filter(|line| {
                            !line.contains(short_commit)
                                && !line.contains(&pin.repository)
                                && !line.starts_with("sailpoint-runtime = {")
                        })
                        .collect::<Vec<_>>()
                        .join("\n")
                        .replace(&format!("\"{}\"", pin.crate_version), "\"VERSION\"");
                    (name, text)
                })
                .collect()
        };
        let (ours, walked) = (crate_files(&root), crate_files(scratch.path()));
        assert_eq!(ours.len(), walked.len());
        let differing: Vec<&String> = ours
            .iter()
            .zip(&walked)
            .filter(|(a, b)| a != b)
            .map(|(a, _)| &a.0)
            .take(5)
            .collect();
        assert!(
            differing.is_empty(),
            "the walk's last crate differs from generated/ in {differing:?}"
        );
    }
}
