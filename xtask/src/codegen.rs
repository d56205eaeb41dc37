//! `cargo xtask codegen [--check]`: generated/ is what the spec and the generator produce.

use std::path::Path;

use sailpoint_codegen::{Mode, codegen};

use integration_tests::{project_options, spec_pin};

pub fn run(root: &Path, spec: &Path, check: bool) -> Result<(), String> {
    let mode = if check { Mode::Check } else { Mode::Write };
    let (generated, stale) = codegen(spec, &root.join("generated"), &project_options(root)?, mode)
        .map_err(|e| e.to_string())?;
    for warning in &generated.warnings {
        eprintln!("{warning}");
    }
    if let Err(difference) = spec_pin::verify(spec, &generated.spec_files) {
        eprintln!("warning: {difference}");
    }
    let summary = format!(
        "{} files: {} operations, {} types, from {} spec files ({} warnings)",
        generated.files.len(),
        generated.operation_count,
        generated.type_count,
        generated.spec_files.len(),
        generated.warnings.len()
    );
    if !check {
        println!("generated {summary}");
        return Ok(());
    }
    if stale.is_empty() {
        println!("generated/ is up to date: {summary}");
        return Ok(());
    }
    for file in &stale {
        println!("{file}");
    }
    Err(format!(
        "generated/ is stale: {} files differ; run `cargo xtask codegen`",
        stale.len()
    ))
}
