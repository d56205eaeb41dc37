//! `cargo xtask api-diff --from-spec OLD --to-spec NEW [--format md|json]`: what changed for
//! users of the crate between two specs, in the crate's own names.

use crate::spec_source;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Md,
    Json,
}

pub fn run(from: &str, to: &str, root_in_tree: &str, format: Format) -> Result<(), String> {
    let report = report(from, to, root_in_tree, format)?;
    print!("{report}");
    Ok(())
}

/// The report on the change from `from` to `to`, each a root document or REPOSITORY@COMMIT.
pub fn report(from: &str, to: &str, root_in_tree: &str, format: Format) -> Result<String, String> {
    let old = model(from, root_in_tree)?;
    let new = model(to, root_in_tree)?;
    let diff = sailpoint_codegen::diff::diff(&old, &new);
    Ok(match format {
        Format::Json => sailpoint_codegen::diff::json(&diff),
        Format::Md if diff.changes.is_empty() => "No API change.\n".into(),
        Format::Md => sailpoint_codegen::diff::markdown(&diff),
    })
}

fn model(source: &str, root_in_tree: &str) -> Result<sailpoint_codegen::model::Api, String> {
    let tree = spec_source::open(source, root_in_tree)?;
    // The spec's warnings are codegen's to report; the diff is about what the crate becomes.
    let (api, _warnings) =
        sailpoint_codegen::build_model(&tree.root).map_err(|e| format!("{source}: {e}"))?;
    Ok(api)
}
