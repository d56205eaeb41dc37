//! Cargo features: one per tag, so a user compiles only the API areas they call; each model
//! type is compiled when a feature that reaches it is on.

use std::collections::BTreeSet;

use crate::model::{Api, TypeId, TypeKind, TypeRef};

/// The feature that brings in the webhook payload types.
pub const WEBHOOKS: &str = "webhooks";
/// The feature that brings in types the spec names but no operation or webhook uses.
pub const UNREFERENCED: &str = "unreferenced-schemas";

pub struct Features {
    /// The features that enable each type, by type index, sorted.
    pub types: Vec<Vec<String>>,
}

/// Every feature of the crate: each tag's (the model names them), then the two of types.
pub fn all(api: &Api) -> Vec<String> {
    let tags = api.tags.iter().map(|t| t.names.feature.clone());
    tags.chain([WEBHOOKS.into(), UNREFERENCED.into()]).collect()
}

pub fn features(api: &Api) -> Features {
    let mut types: Vec<BTreeSet<String>> = vec![BTreeSet::new(); api.types.len()];
    for tag in &api.tags {
        let roots = tag
            .operations
            .iter()
            .flat_map(|&i| operation_types(&api.operations[i]));
        for id in reachable(api, roots) {
            types[id.0].insert(tag.names.feature.clone());
        }
    }
    let webhook_types = api
        .webhooks
        .iter()
        .flat_map(|w| std::iter::once(&w.payload).chain(&w.response));
    for id in reachable(api, webhook_types.filter_map(TypeRef::innermost_named)) {
        types[id.0].insert(WEBHOOKS.into());
    }
    let unreferenced: Vec<TypeId> = (0..api.types.len())
        .filter(|&i| types[i].is_empty())
        .map(TypeId)
        .collect();
    for id in reachable(api, unreferenced.into_iter()) {
        types[id.0].insert(UNREFERENCED.into());
    }
    Features {
        types: types
            .into_iter()
            .map(|set| set.into_iter().collect())
            .collect(),
    }
}

fn operation_types(operation: &crate::model::Operation) -> Vec<TypeId> {
    let params = operation.params.iter().map(|p| &p.ty);
    let bodies = operation
        .body
        .iter()
        .flat_map(|b| b.contents.iter().map(|c| &c.ty));
    let responses = operation
        .responses
        .iter()
        .flat_map(|r| r.contents.iter().map(|c| &c.ty));
    params
        .chain(bodies)
        .chain(responses)
        .filter_map(TypeRef::innermost_named)
        .collect()
}

/// Every type reachable from `roots` through fields, variants and aliases.
pub fn reachable(api: &Api, roots: impl Iterator<Item = TypeId>) -> BTreeSet<TypeId> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<TypeId> = roots.collect();
    while let Some(id) = stack.pop() {
        if seen.insert(id) {
            stack.extend(members(api, id));
        }
    }
    seen
}

/// The named types a type refers to directly.
pub fn members(api: &Api, id: TypeId) -> Vec<TypeId> {
    match &api.type_def(id).kind {
        TypeKind::Struct(s) => s
            .fields
            .iter()
            .map(|f| &f.ty)
            .chain(&s.additional)
            .filter_map(TypeRef::innermost_named)
            .collect(),
        TypeKind::Union(u) => u
            .variants
            .iter()
            .filter_map(|v| v.ty.innermost_named())
            .collect(),
        TypeKind::Alias(ty) => ty.innermost_named().into_iter().collect(),
        TypeKind::Enum(_) => Vec::new(),
    }
}
