//! Stage 4: generated files onto disk, all at once or not at all; or a comparison with what is
//! there.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::render::GeneratedFile;

/// Replaces the folder `out` with exactly `files`. They are written to a staging folder beside
/// it first, which then takes its place: a failure leaves `out` as it was.
pub fn write_folder(out: &Path, files: &[GeneratedFile]) -> Result<()> {
    let staging = sibling(out, "staging");
    let previous = sibling(out, "previous");
    for leftover in [&staging, &previous] {
        if leftover.exists() {
            fs::remove_dir_all(leftover).map_err(|source| Error::Io {
                path: leftover.clone(),
                source,
            })?;
        }
    }
    let written = write_all(&staging, files);
    if let Err(error) = written {
        let _ = fs::remove_dir_all(&staging);
        return Err(error);
    }
    if out.exists() {
        fs::rename(out, &previous).map_err(|source| Error::Io {
            path: out.to_path_buf(),
            source,
        })?;
    }
    if let Err(source) = fs::rename(&staging, out) {
        if previous.exists() {
            let _ = fs::rename(&previous, out);
        }
        return Err(Error::Io {
            path: out.to_path_buf(),
            source,
        });
    }
    if previous.exists() {
        fs::remove_dir_all(&previous).map_err(|source| Error::Io {
            path: previous,
            source,
        })?;
    }
    Ok(())
}

fn write_all(folder: &Path, files: &[GeneratedFile]) -> Result<()> {
    for file in files {
        let path = folder.join(&file.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|source| Error::Io {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        fs::write(&path, &file.contents).map_err(|source| Error::Io { path, source })?;
    }
    Ok(())
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
