//! Type names for the spec's named schemas.
//!
//! A schema is named by its key under `components.schemas`, else by the stem of its file (or the
//! last segment of its pointer). Different schemas that would get the same name keep it in a
//! fixed order of precedence (component key, then the shallowest file, then the path), and the
//! others are prefixed with the folder that tells them apart: `beta/schemas/work-reassignment/
//! Identity.yaml` becomes `WorkReassignmentIdentity` beside `beta/schemas/Identity.yaml`'s `Identity`.

use std::collections::BTreeMap;

use super::names::{Scope, camel_ident};
use crate::load::SpecSchema;

/// Folders that say nothing about a schema.
const GENERIC_FOLDERS: &[&str] = &["schemas", "models", "."];

pub fn name_schemas(schemas: &[SpecSchema], scope: &mut Scope) -> Vec<String> {
    let wanted: Vec<String> = schemas.iter().map(|s| camel_ident(&raw_name(s))).collect();
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (index, name) in wanted.iter().enumerate() {
        groups.entry(name.to_lowercase()).or_default().push(index);
    }
    let mut keeps_name = vec![false; schemas.len()];
    for members in groups.values() {
        let first = members
            .iter()
            .min_by_key(|&&i| precedence(&schemas[i]))
            .expect("groups are not empty");
        keeps_name[*first] = true;
    }

    let mut names = vec![String::new(); schemas.len()];
    for index in (0..schemas.len()).filter(|&i| keeps_name[i]) {
        names[index] = scope.claim(&wanted[index]);
    }
    for index in (0..schemas.len()).filter(|&i| !keeps_name[i]) {
        names[index] = qualified_name(&schemas[index].location.file, &wanted[index], scope);
    }
    names
}

fn raw_name(schema: &SpecSchema) -> String {
    let stem = schema.location.stem();
    match &schema.component_name {
        // `slimcampaign` names `SlimCampaign.yaml`: the file's casing reads better.
        Some(key) if key.eq_ignore_ascii_case(&stem) => stem,
        Some(key) => key.clone(),
        None => stem,
    }
}

fn precedence(schema: &SpecSchema) -> (bool, usize, &str) {
    let file = schema.location.file.as_str();
    (
        schema.component_name.is_none(),
        file.matches('/').count(),
        file,
    )
}

/// Prefixes `name` with the nearest telling folder of `file`, then the next, until it is free.
fn qualified_name(file: &str, name: &str, scope: &mut Scope) -> String {
    let folders: Vec<&str> = file
        .split('/')
        .rev()
        .skip(1)
        .filter(|f| !GENERIC_FOLDERS.contains(f))
        .collect();
    let mut prefix = String::new();
    for folder in folders {
        prefix = format!("{}{prefix}", camel_ident(folder));
        let candidate = format!("{prefix}{name}");
        if !scope.is_taken(&candidate) {
            return scope.claim(&candidate);
        }
    }
    scope.claim(name)
}
