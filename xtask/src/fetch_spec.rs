//! `cargo xtask fetch-spec`: the pinned upstream tree into spec/, verified against the pin.

use std::path::Path;
use std::process::Command;

use integration_tests::spec_pin;

pub fn run(root: &Path) -> Result<(), String> {
    let pin = spec_pin::read(root)?;
    let checkout = root.join("spec/.fetch");
    if checkout.exists() {
        std::fs::remove_dir_all(&checkout).map_err(|e| format!("{}: {e}", checkout.display()))?;
    }
    std::fs::create_dir_all(&checkout).map_err(|e| format!("{}: {e}", checkout.display()))?;
    let git = |args: &[&str]| -> Result<(), String> {
        let status = Command::new("git")
            .args(args)
            .current_dir(&checkout)
            .status()
            .map_err(|e| format!("cannot run git: {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("`git {}` failed ({status})", args.join(" ")))
        }
    };
    git(&["init", "--quiet"])?;
    git(&[
        "fetch",
        "--quiet",
        "--depth",
        "1",
        &pin.repository,
        &pin.commit,
    ])?;
    git(&["checkout", "--quiet", "FETCH_HEAD"])?;

    let target = root.join("spec/idn");
    if target.exists() {
        std::fs::remove_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    std::fs::rename(checkout.join("idn"), &target)
        .map_err(|e| format!("{}: {e}", target.display()))?;
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
