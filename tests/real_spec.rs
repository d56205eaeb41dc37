//! The real beta spec: generation is deterministic, every operation and named
//! schema is there, and the Identities API matches SailPoint's reference page.
//!
//! The spec is read from `SAILPOINT_SPEC` (CI points it at ../shared/spec) or spec/idn after
//! `cargo xtask fetch-spec`; without it these tests fail, saying so.

use std::collections::BTreeSet;
use std::path::PathBuf;

use integration_tests::{real_spec, repository_root};
use sailpoint_codegen::error::Warnings;
use sailpoint_codegen::model::{self, Api, ParamLocation};
use sailpoint_codegen::{CrateOptions, generate, load};

fn spec_path() -> PathBuf {
    let path = real_spec();
    assert!(
        path.exists(),
        "the spec is not at {}: set SAILPOINT_SPEC to the root document or run `cargo xtask fetch-spec`",
        path.display()
    );
    path
}

fn api() -> (load::Spec, Api) {
    let mut warnings = Warnings::default();
    let spec = load::load(&spec_path(), &mut warnings).unwrap();
    let api = model::build(&spec, &mut warnings);
    (spec, api)
}

#[test]
fn generating_twice_gives_identical_files() {
    let first = generate(&spec_path(), &CrateOptions::default())
        .unwrap()
        .files;
    let second = generate(&spec_path(), &CrateOptions::default())
        .unwrap()
        .files;
    assert_eq!(first.len(), second.len());
    for (a, b) in first.iter().zip(&second) {
        assert!(a == b, "{} differs between two runs", a.path);
    }
}

#[test]
fn every_operation_is_a_method_of_its_api() {
    let (_, api) = api();
    assert_eq!(api.operations.len(), 559);
    assert_eq!(api.tags.len(), 73);
    let ids: BTreeSet<&str> = api
        .operations
        .iter()
        .map(|o| o.operation_id.as_str())
        .collect();
    assert_eq!(ids.len(), 559, "operationIds are unique");
    for tag in &api.tags {
        let module = sailpoint_codegen::model::names::bare(&tag.names.module);
        let path = repository_root()
            .join("generated/sailpoint-beta/src/apis")
            .join(format!("{module}.rs"));
        let source =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for &index in &tag.operations {
            let method = &api.operations[index].names.method;
            assert!(
                source.contains(&format!("pub fn {method}(")),
                "{}: no method `{method}`",
                path.display()
            );
        }
    }
    assert_eq!(api.operations.iter().filter(|o| o.paginated).count(), 111);
}

#[test]
fn every_named_schema_is_a_type() {
    let (spec, api) = api();
    let models = repository_root().join("generated/sailpoint-beta/src/models/mod.rs");
    let index = std::fs::read_to_string(&models).unwrap();
    assert!(
        spec.schemas.len() >= 728,
        "{} named schemas",
        spec.schemas.len()
    );
    for def in &api.types[..spec.schemas.len()] {
        assert!(
            index.contains(&format!("::{};", def.name)),
            "{} ({}) is not exported",
            def.name,
            def.origin
        );
    }
    let names: BTreeSet<String> = api.types.iter().map(|t| t.name.to_lowercase()).collect();
    assert_eq!(
        names.len(),
        api.types.len(),
        "type names are unique, ignoring case"
    );
}

/// An operation (kebab-case) and its parameters: `(location, name, required)`.
type OperationParams = (String, Vec<(String, String, bool)>);

/// The Identities operations and their parameters, as SailPoint's Python reference page lists
/// them.
fn reference_identities() -> Vec<OperationParams> {
    let page = repository_root().join("../shared/reference/python-beta-identities.md");
    let text = std::fs::read_to_string(&page).unwrap_or_else(|e| panic!("{}: {e}", page.display()));
    let mut operations = Vec::new();
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("## ") {
            operations.push((name.trim().to_string(), Vec::new()));
            continue;
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if let ([location, name, _, required, ..], Some((_, params))) =
            (cells.as_slice(), operations.last_mut())
            && ["Path", "Query", "Body", "Header"].contains(location)
        {
            params.push((
                location.to_lowercase(),
                name.to_string(),
                *required == "True",
            ));
        }
    }
    operations
}

#[test]
fn identities_match_the_reference_page() {
    let (_, api) = api();
    let tag = api
        .tags
        .iter()
        .find(|t| t.name == "Identities")
        .expect("an Identities tag");
    let mut ours: Vec<OperationParams> = tag
        .operations
        .iter()
        .map(|&i| {
            let operation = &api.operations[i];
            let mut params: Vec<(String, String, bool)> = operation
                .params
                .iter()
                .filter(|p| !p.is_fixed())
                .map(|p| {
                    (
                        p.location.as_str().to_string(),
                        p.name.clone(),
                        p.required || p.location == ParamLocation::Path,
                    )
                })
                .collect();
            if let Some(body) = &operation.body {
                params.push(("body".into(), body.name.clone(), body.required));
            }
            (operation.names.method.replace('_', "-"), params)
        })
        .collect();
    ours.sort();
    let mut reference = reference_identities();
    reference.sort();
    assert_eq!(reference.len(), 11);
    assert_eq!(ours, reference);
}
