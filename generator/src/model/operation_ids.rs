//! Each operation's id, unique across the spec. The id names the method, its builder, its error
//! and its page section, so two operations sharing one (an older beta spec has two
//! `patchPotentialRole`s) would make two methods of one name. The first in spec order keeps the
//! id; each later one gets its method and path appended, with a warning. An operation without an
//! id is named from its method and path.

use std::collections::{BTreeMap, BTreeSet};

use super::names::camel_ident;
use super::path_template::PathTemplate;
use crate::error::Warnings;
use crate::load::Spec;

/// The id an operation goes by, and the spec's own where it had to be changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationId {
    pub id: String,
    /// The spec's operationId, when another operation has it too.
    pub shared: Option<String>,
}

/// The ids of the spec's operations, in the order `spec.paths` and their items list them;
/// `templates` are the paths' templates, in the same order.
pub fn unique_ids(
    spec: &Spec,
    templates: &[PathTemplate],
    warnings: &mut Warnings,
) -> Vec<OperationId> {
    let mut declared = Vec::new();
    for (path, template) in spec.paths.iter().zip(templates) {
        for (method, operation) in path.item.iter() {
            let origin = path.origin.child(method);
            let id = operation.operation_id.clone().unwrap_or_else(|| {
                let made = format!("{method} {}", path.path);
                warnings.push(
                    &origin,
                    format!(
                        "operation has no operationId; named `{}`",
                        camel_ident(&made)
                    ),
                );
                made
            });
            declared.push((id, method, template, origin));
        }
    }
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for (id, ..) in &declared {
        *count.entry(id.as_str()).or_default() += 1;
    }
    let mut taken: BTreeSet<String> = declared.iter().map(|(id, ..)| id.clone()).collect();
    let mut first_of: BTreeMap<&str, String> = BTreeMap::new();
    let mut ids = Vec::with_capacity(declared.len());
    for (id, method, path, origin) in &declared {
        let place = format!("{} {path}", method.to_uppercase());
        if count[id.as_str()] == 1 {
            ids.push(plain(id));
            continue;
        }
        let Some(first) = first_of.get(id.as_str()) else {
            first_of.insert(id, place);
            ids.push(plain(id));
            continue;
        };
        let unique = disambiguated(id, method, path, &taken);
        warnings.push(
            origin,
            format!("operationId `{id}` is also {first}'s; this operation is named `{unique}`"),
        );
        taken.insert(unique.clone());
        ids.push(OperationId {
            id: unique,
            shared: Some(id.clone()),
        });
    }
    ids
}

fn plain(id: &str) -> OperationId {
    OperationId {
        id: id.to_owned(),
        shared: None,
    }
}

/// `id` with the method and the path's literal words after it (`patchPotentialRole` at
/// `PATCH /role-mining-potential-roles/{id}` → `patchPotentialRolePatchRoleMiningPotentialRoles`),
/// numbered if even that is taken.
fn disambiguated(id: &str, method: &str, path: &PathTemplate, taken: &BTreeSet<String>) -> String {
    let literal: Vec<&str> = path.literal_words().collect();
    let suffix = camel_ident(&format!("{method} {}", literal.join(" ")));
    let base = format!("{id}{suffix}");
    std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}{n}")))
        .find(|candidate| !taken.contains(candidate))
        .expect("an unused name is found")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_id_gets_the_method_and_path() {
        let taken = BTreeSet::from(["patchPotentialRole".to_owned()]);
        assert_eq!(
            disambiguated(
                "patchPotentialRole",
                "patch",
                &PathTemplate::parse("/role-mining-potential-roles/{potentialRoleId}").unwrap(),
                &taken
            ),
            "patchPotentialRolePatchRoleMiningPotentialRoles"
        );
        let taken = BTreeSet::from(["aGetX".to_owned()]);
        assert_eq!(
            disambiguated("a", "get", &PathTemplate::literal("/x"), &taken),
            "aGetX2"
        );
    }
}
