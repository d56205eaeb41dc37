//! `cargo xtask fetch-spec`: the pinned upstream tree into spec/, verified against the pin.

use std::path::Path;

use integration_tests::spec_pin;

use crate::spec_source;

pub fn run(root: &Path) -> Result<(), String> {
    let pin = spec_pin::read(root)?;
    let checkout = root.join("spec/.fetch");
    if checkout.exists() {
        std::fs::remove_dir_all(&checkout).map_err(|e| format!("{}: {e}", checkout.display()))?;
    }
    std::fs::create_dir_all(&checkout).map_err(|e| format!("{}: {e}", checkout.display()))?;
    spec_source::checkout(&pin.repository, &pin.commit, &checkout)?;
    spec_source::replace_tree(&root.join("spec"), &checkout, &pin.root)?;
    std::fs::remove_dir_all(&checkout).map_err(|e| format!("{}: {e}", checkout.display()))?;

    let spec_root = root.join("spec").join(&pin.root);
    let generated =
        sailpoint_codegen::generate(&spec_root, &sailpoint_codegen::CrateOptions::default())
            .map_err(|e| e.to_string())?;
    spec_pin::verify(&spec_root, &generated.spec_files)?;
    println!(
        "fetched {} at {} into spec/; {} files verified",
        pin.repository,
        pin.commit,
        generated.spec_files.len()
    );
    Ok(())
}
