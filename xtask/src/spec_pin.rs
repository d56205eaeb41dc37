//! The pinned spec: `spec/pin.toml` names the upstream commit and a checksum of the files the
//! generator reads, so that a tree fetched or copied elsewhere can be verified.

use std::path::Path;

use sha2::{Digest, Sha256};

pub struct Pin {
    pub repository: String,
    pub commit: String,
    pub root: String,
    pub files: usize,
    pub sha256: String,
}

/// `spec/pin.toml`'s few `key = "value"` lines; no TOML crate is needed for them.
pub fn read(project_root: &Path) -> Result<Pin, String> {
    let path = project_root.join("spec/pin.toml");
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

/// Whether the files read from `spec_root` are the pinned tree.
pub fn verify(spec_root: &Path, files: &[String]) -> Result<(), String> {
    let root = crate::project_root();
    let pin = read(&root)?;
    let sum = checksum(spec_root, files)?;
    if sum == pin.sha256 && files.len() == pin.files {
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
