//! Cargo features: one per tag, so a user compiles only the API areas they call; each model
//! type is compiled when a feature that reaches it is on.

use std::collections::BTreeSet;

use heck::ToKebabCase;

use crate::model::{Api, TypeId, TypeKind, TypeRef};

/// The feature that brings in the webhook payload types.
pub const WEBHOOKS: &str = "webhooks";
/// The feature that brings in types the spec names but no operation or webhook uses.
pub const UNREFERENCED: &str = "unreferenced-schemas";

pub struct Features {
    /// The feature of each tag, by tag index.
    pub tags: Vec<String>,
    /// The features that enable each type, by type index, sorted.
    pub types: Vec<Vec<String>>,
}

impl Features {
    pub fn all(&self) -> Vec<String> {
        let mut all = self.tags.clone();
        all.push(WEBHOOKS.into());
        all.push(UNREFERENCED.into());
        all
    }
}

pub fn tag_feature(tag: &str) -> String {
    tag.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .to_kebab_case()
}

pub fn features(api: &Api) -> Features {
    let tags: Vec<String> = api.tags.iter().map(|t| tag_feature(&t.name)).collect();
    let mut types: Vec<BTreeSet<String>> = vec![BTreeSet::new(); api.types.len()];
    for (tag, feature) in api.tags.iter().zip(&tags) {
        let roots = tag
            .operations
            .iter()
            .flat_map(|&i| operation_types(&api.operations[i]));
        for id in reachable(api, roots) {
            types[id.0].insert(feature.clone());
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
        tags,
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
