//! `cargo xtask codegen [--check]`: generated/ is what the spec and the generator produce.

use std::path::Path;

use sailpoint_codegen::{CrateOptions, generate, write};

use crate::spec_pin;

pub fn run(root: &Path, spec: &Path, check: bool) -> Result<(), String> {
    let generated = generate(spec, &CrateOptions::default()).map_err(|e| e.to_string())?;
    for warning in &generated.warnings {
        eprintln!("{warning}");
    }
    if let Err(difference) = spec_pin::verify(spec, &generated.spec_files) {
        eprintln!("warning: {difference}");
    }
    let out = root.join("generated");
    if check {
        let stale = write::stale_files(&out, &generated.files).map_err(|e| e.to_string())?;
        if stale.is_empty() {
            println!("generated/ is up to date ({} files)", generated.files.len());
            return Ok(());
        }
        for file in &stale {
            println!("{file}");
        }
        return Err(format!("generated/ is stale: {} files differ; run `cargo xtask codegen`", stale.len()));
    }
    write::write_folder(&out, &generated.files).map_err(|e| e.to_string())?;
    println!(
        "generated {} files: {} operations, {} types, from {} spec files ({} warnings)",
        generated.files.len(),
        generated.operation_count,
        generated.type_count,
        generated.spec_files.len(),
        generated.warnings.len()
    );
    Ok(())
}
