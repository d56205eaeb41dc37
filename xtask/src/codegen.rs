//! `cargo xtask codegen [--check] [--out DIR]`: generated/ (or DIR) is what the spec and the
//! generator produce.

use std::path::Path;

use sailpoint_codegen::{CrateOptions, Mode, codegen};

use integration_tests::{project_options, spec_pin};

/// Generates into the checked-in crate, or with `out` any spec's crate (any API version) into
/// that folder, named after its version and with none of the pin's changelog or commit.
pub fn run(root: &Path, spec: &Path, check: bool, out: Option<&Path>) -> Result<(), String> {
    let mode = if check { Mode::Check } else { Mode::Write };
    let (folder, options) = match out {
        Some(out) => (out.to_path_buf(), CrateOptions::default()),
        None => (root.join("generated"), project_options(root)?),
    };
    let (generated, stale) = codegen(spec, &folder, &options, mode).map_err(|e| e.to_string())?;
    for warning in &generated.warnings {
        eprintln!("{warning}");
    }
    if out.is_none()
        && let Err(difference) = spec_pin::verify(spec, &generated.spec_files)
    {
        eprintln!("warning: {difference}");
    }
    let shown = out.map_or_else(|| "generated/".to_owned(), |out| out.display().to_string());
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
        println!("{shown} is up to date: {summary}");
        return Ok(());
    }
    for file in &stale {
        println!("{file}");
    }
    Err(format!(
        "{shown} is stale: {} files differ; run `cargo xtask codegen`",
        stale.len()
    ))
}
