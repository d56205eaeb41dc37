//! The pinned spec, one pin per crate of the family (`spec/<crate>.pin.toml`): the upstream
//! commit and a checksum of the files the generator reads from the crate's root, so that a tree
//! fetched or copied elsewhere can be verified, and the crate's version.

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::family::Member;

#[derive(Debug, Clone, PartialEq)]
pub struct Pin {
    pub repository: String,
    pub commit: String,
    pub root: String,
    pub files: usize,
    pub sha256: String,
    /// The version of the crate generated from this tree: it lives here, and only here.
    pub crate_version: String,
}

impl Pin {
    /// Whether `files` with checksum `sha256` are this pin's tree.
    pub fn is_tree(&self, files: usize, sha256: &str) -> bool {
        self.files == files && self.sha256 == sha256
    }

    /// The pin as its file under `spec/` holds it.
    pub fn to_toml(&self) -> String {
        format!(
            "# The upstream spec this project generates from, and the version of the crate generated\n\
             # from it. `cargo xtask fetch-spec` fetches it into spec/idn; `cargo xtask spec-update` moves\n\
             # it to a newer commit; `cargo xtask codegen` warns when the tree it reads is not this one.\n\
             repository = \"{}\"\n\
             commit = \"{}\"\n\
             root = \"{}\"\n\
             # The files the generator reads (every file the root references, transitively) and SHA-256 over\n\
             # them in sorted order: path, NUL, contents, NUL for each.\n\
             files = \"{}\"\n\
             sha256 = \"{}\"\n\
             crate_version = \"{}\"\n",
            self.repository, self.commit, self.root, self.files, self.sha256, self.crate_version
        )
    }
}

pub fn path(project_root: &Path, member: Member) -> std::path::PathBuf {
    project_root
        .join("spec")
        .join(format!("{}.pin.toml", member.name))
}

/// The pin's few `key = "value"` lines; no TOML crate is needed for them.
pub fn read(project_root: &Path, member: Member) -> Result<Pin, String> {
    let path = path(project_root, member);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value = |key: &str| -> Result<String, String> {
        text.lines()
            .filter_map(|line| line.split_once('='))
            .find(|(k, _)| k.trim() == key)
            .map(|(_, v)| v.trim().trim_matches('"').to_string())
            .ok_or_else(|| format!("{}: no `{key}`", path.display()))
    };
    Ok(Pin {
        repository: value("repository")?,
        commit: value("commit")?,
        root: value("root")?,
        files: value("files")?
            .parse()
            .map_err(|e| format!("{}: `files`: {e}", path.display()))?,
        sha256: value("sha256")?,
        crate_version: value("crate_version")?,
    })
}

/// SHA-256 over the files read, in order: each one's path, a NUL, its bytes, a NUL.
pub fn checksum(spec_root: &Path, files: &[String]) -> Result<String, String> {
    let folder = spec_root.parent().unwrap_or(Path::new("."));
    let mut hasher = Sha256::new();
    for file in files {
        let bytes = std::fs::read(folder.join(file)).map_err(|e| format!("{file}: {e}"))?;
        hasher.update(file.as_bytes());
        hasher.update([0]);
        hasher.update(&bytes);
        hasher.update([0]);
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// Whether the files read from `spec_root` are `member`'s pinned tree.
pub fn verify(spec_root: &Path, files: &[String], member: Member) -> Result<(), String> {
    let root = crate::repository_root();
    let pin = read(&root, member)?;
    let sum = checksum(spec_root, files)?;
    if pin.is_tree(files.len(), &sum) {
        Ok(())
    } else {
        Err(format!(
            "the spec at {} ({} files, sha256 {sum}) is not the pinned tree ({} files, sha256 {}, {} at {})",
            spec_root.display(),
            files.len(),
            pin.files,
            pin.sha256,
            pin.repository,
            pin.commit
        ))
    }
}
