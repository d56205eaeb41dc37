//! `cargo xtask codegen [--check] [--out DIR]`: each crate of the family under generated/ (or
//! one spec's crate in DIR) is what the spec and the generator produce.

use std::path::{Path, PathBuf};

use sailpoint_codegen::{CrateOptions, Mode, codegen};

use integration_tests::family::Member;
use integration_tests::{project_options, scratch_options, spec_pin};

/// What to generate.
pub enum Target {
    /// These checked-in crates, each from its root beside the beta one.
    Members(Vec<Member>),
    /// The crate of the spec given (any API version) into this folder, named after its version
    /// and with none of the pins' changelog or commit.
    Folder(PathBuf),
}

/// Generates `target` from the spec `beta_spec` (or the roots beside it).
pub fn run(root: &Path, beta_spec: &Path, check: bool, target: Target) -> Result<(), String> {
    let mut stale = Vec::new();
    match target {
        Target::Folder(out) => {
            if !generate(beta_spec, &out, &scratch_options(None), None, check)? {
                stale.push(out.display().to_string());
            }
        }
        Target::Members(members) => {
            for member in members {
                let options = project_options(root, member)?;
                let spec = member.root_beside(beta_spec);
                if !generate(&spec, &member.folder(root), &options, Some(member), check)? {
                    stale.push(format!("generated/{}/", member.name));
                }
            }
        }
    }
    match stale.as_slice() {
        [] => Ok(()),
        _ => Err(format!(
            "{} stale; run `cargo xtask codegen`",
            stale.join(" and ")
        )),
    }
}

/// Generates one crate into `folder` (in check mode, lists the files that differ); gives
/// whether the folder was current. A `member`'s spec is checked against its pin.
fn generate(
    spec: &Path,
    folder: &Path,
    options: &CrateOptions,
    member: Option<Member>,
    check: bool,
) -> Result<bool, String> {
    let mode = if check { Mode::Check } else { Mode::Write };
    let (generated, stale) = codegen(spec, folder, options, mode).map_err(|e| e.to_string())?;
    for warning in &generated.warnings {
        eprintln!("{warning}");
    }
    if let Some(member) = member
        && let Err(difference) = spec_pin::verify(spec, &generated.spec_files, member)
    {
        eprintln!("warning: {difference}");
    }
    let shown = match member {
        Some(member) => format!("generated/{}/", member.name),
        None => folder.display().to_string(),
    };
    let summary = format!(
        "{} files: {} operations, {} types, from {} spec files ({} warnings)",
        generated.files.len(),
        generated.operation_count,
        generated.type_count,
        generated.spec_files.len(),
        generated.warnings.len()
    );
    if !check {
        println!("generated {shown}: {summary}");
    } else if stale.is_empty() {
        println!("{shown} is up to date: {summary}");
    } else {
        for file in &stale {
            println!("{file}");
        }
        println!("{shown} is stale: {} files differ", stale.len());
    }
    Ok(stale.is_empty())
}
