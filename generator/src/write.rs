//! Stage 4: generated files onto disk, all at once or not at all; or a comparison with what is
//! there.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::render::GeneratedFile;

/// Makes the folder `out` hold exactly `files`, touching only what differs: a file whose
/// contents are already right keeps its timestamp, so cargo does not rebuild a crate that did
/// not change. The changed files are written to a staging folder beside `out` first and then
/// moved in one by one, so a failure while writing leaves `out` as it was, and no file in it is
/// ever half-written.
pub fn write_folder(out: &Path, files: &[GeneratedFile]) -> Result<()> {
    let stale = stale_files(out, files)?;
    if stale.is_empty() {
        return Ok(());
    }
    let staging = sibling(out, "staging");
    if staging.exists() {
        fs::remove_dir_all(&staging).map_err(|source| Error::Io {
            path: staging.clone(),
            source,
        })?;
    }
    let changed_paths: BTreeSet<&str> = stale
        .iter()
        .filter_map(|s| match s {
            Stale::Missing(path) | Stale::Differs(path) => Some(path.as_str()),
            Stale::Extra(_) => None,
        })
        .collect();
    let changed: Vec<&GeneratedFile> = files
        .iter()
        .filter(|file| changed_paths.contains(file.path.as_str()))
        .collect();
    if let Err(error) = write_all(&staging, &changed) {
        let _ = fs::remove_dir_all(&staging);
        return Err(error);
    }
    let moved = move_in(&staging, out, &changed);
    let _ = fs::remove_dir_all(&staging);
    moved?;
    for extra in stale.iter().filter_map(|s| match s {
        Stale::Extra(path) => Some(path),
        _ => None,
    }) {
        let path = out.join(extra);
        fs::remove_file(&path).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
        remove_empty_parents(out, &path);
    }
    Ok(())
}

fn write_all(folder: &Path, files: &[&GeneratedFile]) -> Result<()> {
    for file in files {
        let path = folder.join(&file.path);
        create_parent(&path)?;
        fs::write(&path, &file.contents).map_err(|source| Error::Io { path, source })?;
    }
    Ok(())
}

/// Renames each staged file over its place in `out`: one file at a time, each whole.
fn move_in(staging: &Path, out: &Path, files: &[&GeneratedFile]) -> Result<()> {
    for file in files {
        let target = out.join(&file.path);
        create_parent(&target)?;
        fs::rename(staging.join(&file.path), &target).map_err(|source| Error::Io {
            path: target,
            source,
        })?;
    }
    Ok(())
}

fn create_parent(path: &Path) -> Result<()> {
    match path.parent() {
        Some(parent) => fs::create_dir_all(parent).map_err(|source| Error::Io {
            path: parent.to_path_buf(),
            source,
        }),
        None => Ok(()),
    }
}

/// Removes the folders a removed file leaves empty, up to `out` (kept).
fn remove_empty_parents(out: &Path, removed: &Path) {
    let mut folder = removed.parent();
    while let Some(dir) = folder.filter(|dir| *dir != out && dir.starts_with(out)) {
        // `remove_dir` fails on a folder that still holds something: that is where to stop.
        if fs::remove_dir(dir).is_err() {
            break;
        }
        folder = dir.parent();
    }
}

fn sibling(out: &Path, suffix: &str) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    out.with_file_name(format!(".{name}.{suffix}"))
}

/// How a file on disk differs from what the generator produces.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stale {
    Missing(String),
    Differs(String),
    Extra(String),
}

impl std::fmt::Display for Stale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Stale::Missing(path) => write!(f, "missing:  {path}"),
            Stale::Differs(path) => write!(f, "differs:  {path}"),
            Stale::Extra(path) => write!(f, "not generated: {path}"),
        }
    }
}

/// The files of `out` that are not exactly `files`, sorted.
pub fn stale_files(out: &Path, files: &[GeneratedFile]) -> Result<Vec<Stale>> {
    let mut stale = Vec::new();
    for file in files {
        match fs::read(out.join(&file.path)) {
            Ok(bytes) if bytes == file.contents.as_bytes() => {}
            Ok(_) => stale.push(Stale::Differs(file.path.clone())),
            Err(_) => stale.push(Stale::Missing(file.path.clone())),
        }
    }
    let expected: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    for path in list_files(out)? {
        if !expected.contains(path.as_str()) {
            stale.push(Stale::Extra(path));
        }
    }
    stale.sort();
    Ok(stale)
}

/// Every file under `folder`, relative, with `/` separators; none if it does not exist.
fn list_files(folder: &Path) -> Result<Vec<String>> {
    let mut found = Vec::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => continue,
            Err(source) => return Err(Error::Io { path: dir, source }),
        };
        for entry in entries {
            let path = entry
                .map_err(|source| Error::Io {
                    path: dir.clone(),
                    source,
                })?
                .path();
            if path.is_dir() {
                pending.push(path);
            } else if let Ok(relative) = path.strip_prefix(folder) {
                found.push(
                    relative
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy())
                        .collect::<Vec<_>>()
                        .join("/"),
                );
            }
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, contents: &str) -> GeneratedFile {
        GeneratedFile {
            path: path.into(),
            contents: contents.into(),
        }
    }

    #[test]
    fn writing_replaces_the_folder_and_check_sees_every_difference() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("generated");
        write_folder(
            &out,
            &[
                file("a.rs", "a"),
                file("src/b.rs", "b"),
                file("old.rs", "x"),
            ],
        )
        .unwrap();
        write_folder(&out, &[file("a.rs", "a"), file("src/b.rs", "b")]).unwrap();
        assert!(!out.join("old.rs").exists());
        assert_eq!(
            stale_files(&out, &[file("a.rs", "a"), file("src/b.rs", "b")]).unwrap(),
            vec![]
        );

        fs::write(out.join("extra.rs"), "").unwrap();
        let stale = stale_files(
            &out,
            &[
                file("a.rs", "changed"),
                file("src/b.rs", "b"),
                file("c.rs", "c"),
            ],
        )
        .unwrap();
        assert_eq!(
            stale,
            vec![
                Stale::Missing("c.rs".into()),
                Stale::Differs("a.rs".into()),
                Stale::Extra("extra.rs".into())
            ]
        );
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no staging folder is left behind"
        );
    }

    #[test]
    fn unchanged_files_are_not_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("generated");
        write_folder(&out, &[file("a.rs", "a"), file("src/gone/b.rs", "b")]).unwrap();
        let stamp = |path: &str| fs::metadata(out.join(path)).unwrap().modified().unwrap();
        let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1);
        fs::File::options()
            .write(true)
            .open(out.join("a.rs"))
            .unwrap()
            .set_modified(old)
            .unwrap();
        write_folder(&out, &[file("a.rs", "a"), file("c.rs", "c")]).unwrap();
        assert_eq!(stamp("a.rs"), old, "an unchanged file keeps its timestamp");
        assert_eq!(fs::read_to_string(out.join("c.rs")).unwrap(), "c");
        assert!(!out.join("src").exists(), "a folder left empty is removed");
        write_folder(&out, &[file("a.rs", "new"), file("c.rs", "c")]).unwrap();
        assert_eq!(fs::read_to_string(out.join("a.rs")).unwrap(), "new");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_write_leaves_the_folder_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("generated");
        write_folder(&out, &[file("a.rs", "a")]).unwrap();
        // A file where a folder must go makes the write fail part-way.
        let error = write_folder(&out, &[file("b.rs", "b"), file("b.rs/c.rs", "c")]);
        assert!(error.is_err());
        assert_eq!(fs::read_to_string(out.join("a.rs")).unwrap(), "a");
        assert!(!out.join("b.rs").exists());
    }
}
