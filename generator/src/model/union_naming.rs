//! Which member of a union's objects names their alternative, where the spec has no
//! `discriminator` but makes it plain: a member every struct alternative declares, whose values
//! tell them apart — an enum's values, else the member's example (an access item's
//! `accessType`: `entitlement`, `role`, …) — with no value naming two. Members called like a
//! kind (`type`, `kind`, `…Type`) are looked at first; identifiers and names (`id`, `…Id`,
//! `name`), which differ between any two examples, never.

use super::{Api, Struct, TypeKind, TypeRef};

/// Sets the naming member and each alternative's naming values of the unions the spec gives no
/// discriminator.
pub fn name_alternatives(api: &mut Api) {
    for index in 0..api.types.len() {
        let TypeKind::Union(union) = &api.types[index].kind else {
            continue;
        };
        if union.naming_member.is_some() {
            continue;
        }
        let structs: Vec<Option<&Struct>> = union
            .variants
            .iter()
            .map(|v| api.struct_of(&v.ty))
            .collect();
        let Some(member) = naming_member(api, &structs) else {
            continue;
        };
        let tags: Vec<Vec<String>> = structs
            .iter()
            .map(|s| {
                s.and_then(|s| naming_values(api, s, &member))
                    .unwrap_or_default()
            })
            .collect();
        let TypeKind::Union(union) = &mut api.types[index].kind else {
            continue;
        };
        for (variant, tags) in union.variants.iter_mut().zip(tags) {
            variant.tags = tags;
        }
        union.naming_member = Some(member);
    }
}

/// The member that names the struct alternatives, when there are two or more.
fn naming_member(api: &Api, structs: &[Option<&Struct>]) -> Option<String> {
    let present: Vec<&Struct> = structs.iter().flatten().copied().collect();
    let first = present.first().filter(|_| present.len() > 1)?;
    let mut candidates: Vec<&str> = first
        .fields
        .iter()
        .map(|f| f.json_name.as_str())
        .filter(|name| {
            !(*name == "id" || *name == "name" || name.ends_with("Id") || name.ends_with("_id"))
        })
        .collect();
    candidates.sort_by_key(|name| !(*name == "type" || *name == "kind" || name.ends_with("Type")));
    let member = candidates.into_iter().find(|name| {
        let Some(sets) = present
            .iter()
            .map(|s| naming_values(api, s, name))
            .collect::<Option<Vec<_>>>()
        else {
            return false;
        };
        let all: Vec<&String> = sets.iter().flatten().collect();
        all.iter().collect::<std::collections::BTreeSet<_>>().len() == all.len()
    });
    member.map(str::to_string)
}

/// The values of member `name` of `s` that would name it: an enum's values, or a string
/// member's example.
fn naming_values(api: &Api, s: &Struct, name: &str) -> Option<Vec<String>> {
    let field = s.fields.iter().find(|f| f.json_name == name)?;
    let values = api.enum_values(&field.ty);
    if !values.is_empty() {
        return Some(values.into_iter().map(str::to_string).collect());
    }
    (field.ty == TypeRef::String).then(|| {
        field
            .example
            .as_ref()?
            .as_str()
            .map(|e| vec![e.to_string()])
    })?
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::model::test_support::{api_of, field, named, struct_of};
    use crate::model::{Union, UnionVariant};

    fn union_of(alternatives: &[usize]) -> TypeKind {
        let variants = alternatives
            .iter()
            .map(|&i| UnionVariant {
                name: format!("T{i}"),
                ty: named(i),
                boxed: false,
                tags: Vec::new(),
            })
            .collect();
        TypeKind::Union(Union {
            variants,
            any_of: true,
            catch_all: Some("Other".into()),
            naming_member: None,
        })
    }

    fn item(id: &str, access_type: &str) -> TypeKind {
        struct_of(vec![
            field("id", TypeRef::String, Some(json!(id))),
            field("displayName", TypeRef::String, Some(json!("Dr. Arden"))),
            field("accessType", TypeRef::String, Some(json!(access_type))),
        ])
    }

    fn naming(api: &Api, index: usize) -> (Option<String>, Vec<Vec<String>>) {
        let TypeKind::Union(u) = &api.types[index].kind else {
            panic!("not a union")
        };
        (
            u.naming_member.clone(),
            u.variants.iter().map(|v| v.tags.clone()).collect(),
        )
    }

    #[test]
    fn a_member_with_an_example_of_its_own_in_each_alternative_names_them() {
        let mut api = api_of(vec![
            item("a1", "entitlement"),
            item("a2", "role"),
            union_of(&[0, 1]),
        ]);
        name_alternatives(&mut api);
        // Not `id`, whose examples differ too, nor `displayName`, whose examples are the same.
        assert_eq!(
            naming(&api, 2),
            (
                Some("accessType".into()),
                vec![vec!["entitlement".into()], vec!["role".into()]]
            )
        );
    }

    #[test]
    fn shared_values_or_a_single_struct_name_nothing() {
        let mut api = api_of(vec![
            item("a1", "role"),
            item("a2", "role"),
            union_of(&[0, 1]),
            union_of(&[0]),
        ]);
        name_alternatives(&mut api);
        assert_eq!(naming(&api, 2).0, None);
        assert_eq!(naming(&api, 3).0, None);
    }
}
