//! `cargo xtask fetch-spec`: the pinned upstream tree into spec/, verified against the pin of
//! every crate of the family (they pin the same commit; the beta crate's names it).

use std::path::Path;

use integration_tests::family::{BETA, MEMBERS};
use integration_tests::spec_pin;

use crate::spec_source;

pub fn run(root: &Path) -> Result<(), String> {
    let pin = spec_pin::read(root, BETA)?;
    let checkout = root.join("spec/.fetch");
    if checkout.exists() {
        std::fs::remove_dir_all(&checkout).map_err(|e| format!("{}: {e}", checkout.display()))?;
    }
    std::fs::create_dir_all(&checkout).map_err(|e| format!("{}: {e}", checkout.display()))?;
    spec_source::checkout(&pin.repository, &pin.commit, &checkout)?;
    spec_source::replace_tree(&root.join("spec"), &checkout, &pin.root)?;
    std::fs::remove_dir_all(&checkout).map_err(|e| format!("{}: {e}", checkout.display()))?;

    let beta_root = root.join("spec").join(&pin.root);
    for member in MEMBERS {
        let spec_root = member.root_beside(&beta_root);
        let (files, sha256) = crate::spec_update::tree(&spec_root)?;
        if !spec_pin::read(root, member)?.is_tree(files, &sha256) {
            return Err(format!(
                "{} ({files} files, sha256 {sha256}) is not the tree {} pins",
                spec_root.display(),
                spec_pin::path(root, member).display()
            ));
        }
        println!(
            "fetched {} at {} into spec/; {files} files of {} verified",
            pin.repository, pin.commit, member.name
        );
    }
    Ok(())
}
