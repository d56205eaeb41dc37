//! Turns SailPoint's multi-file beta OpenAPI spec into the `sailpoint-beta` Rust crate.
//!
//! The pipeline, one module a stage: [`load`] reads the spec and follows its `$ref`s,
//! [`model`] builds an intermediate model of operations and types, [`render`] turns the model
//! into files, and [`write`](mod@write) puts them on disk atomically or compares them with what is there.

pub mod diff;
pub mod error;
pub mod load;
pub mod location;
pub mod model;
mod parallel;
pub mod render;
pub mod write;

use std::path::Path;

pub use error::{Error, Result, Warning};
pub use render::GeneratedFile;
pub use render::rust::{CrateOptions, RuntimeSource, SpecOrigin};

/// The generator's output for one spec.
pub struct Generated {
    pub files: Vec<GeneratedFile>,
    pub warnings: Vec<Warning>,
    pub operation_count: usize,
    pub type_count: usize,
    /// The spec files read, relative to the root document's folder.
    pub spec_files: Vec<String>,
}

/// Whether [`codegen`] writes the output folder or only compares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Write,
    Check,
}

/// Generates from `spec_root` into `out` (or, in [`Mode::Check`], lists how `out` differs).
/// On any error `out` is left as it was.
pub fn codegen(
    spec_root: &Path,
    out: &Path,
    options: &CrateOptions,
    mode: Mode,
) -> Result<(Generated, Vec<write::Stale>)> {
    let generated = generate(spec_root, options)?;
    let stale = match mode {
        Mode::Check => write::stale_files(out, &generated.files)?,
        Mode::Write => {
            write::write_folder(out, &generated.files)?;
            Vec::new()
        }
    };
    Ok((generated, stale))
}

/// Reads the spec whose root document is `spec_root` and builds its model, with the warnings
/// that reading it gave: for tools and tests that look at the model rather than the output.
pub fn build_model(spec_root: &Path) -> Result<(model::Api, Vec<Warning>)> {
    let mut warnings = error::Warnings::default();
    let (_, api) = load_model(spec_root, &mut warnings)?;
    Ok((api, warnings.finish()))
}

/// Stages 1 and 2: the spec read, and its model.
fn load_model(
    spec_root: &Path,
    warnings: &mut error::Warnings,
) -> Result<(load::Spec, model::Api)> {
    let spec = load::load(spec_root, warnings)?;
    let api = model::build(&spec, warnings);
    Ok((spec, api))
}

/// Reads the spec whose root document is `spec_root` and renders the crate and its reference
/// pages (under `docs/`).
pub fn generate(spec_root: &Path, options: &CrateOptions) -> Result<Generated> {
    let mut warnings = error::Warnings::default();
    let (spec, api) = load_model(spec_root, &mut warnings)?;
    render::markdown::naming::warn_of_moved_pages(&api, &mut warnings);
    let mut files = render::rust::render_crate(&api, options)?;
    files.extend(render::markdown::render_docs(&api, options)?);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Generated {
        files,
        warnings: warnings.finish(),
        operation_count: api.operations.len(),
        type_count: api.types.len(),
        spec_files: spec.files,
    })
}
