//! What each alternative of a union takes, as the `crate::union` descriptions the union's
//! `Deserialize` ranks alternatives by (see `templates/rust/runtime/union.rs`).

use super::types::expand_aliases;
use crate::model::{Api, Field, Struct, TypeKind, TypeRef, Union};

/// A member that names an alternative, with the values that name it.
type Tag = (String, Vec<String>);

/// The `crate::union::Alternative` for each alternative of `union`, of types `alternatives`
/// (aliases expanded): named by the spec's discriminator, else by a member that plainly names them.
pub fn alternatives(api: &Api, union: &Union, alternatives: &[TypeRef]) -> Vec<String> {
    let tags = union_tags(api, union, alternatives);
    alternatives.iter().zip(tags).map(|(ty, tag)| alternative(api, ty, tag)).collect()
}

/// The member that names `union`'s alternatives, if one does (for its documentation).
pub fn naming_member(api: &Api, union: &Union) -> Option<String> {
    let alternatives: Vec<TypeRef> = union.variants.iter().map(|v| expand_aliases(api, &v.ty)).collect();
    union_tags(api, union, &alternatives).into_iter().flatten().map(|(member, _)| member).next()
}

fn union_tags(api: &Api, union: &Union, alternatives: &[TypeRef]) -> Vec<Option<Tag>> {
    match &union.discriminator {
        Some(member) => union.variants.iter().map(|v| Some((member.clone(), v.tags.clone())).filter(|(_, values)| !values.is_empty())).collect(),
        None => tags(api, alternatives),
    }
}

/// The struct an alternative is, if it is one.
fn as_struct<'a>(api: &'a Api, ty: &TypeRef) -> Option<&'a Struct> {
    match &api.type_def(ty.named()?).kind {
        TypeKind::Struct(s) => Some(s),
        _ => None,
    }
}

/// The member that names each alternative, where the spec makes it plain: a member every struct
/// alternative declares, whose values tell them apart — an enum's values, else the member's
/// example (an access item's `accessType`: `entitlement`, `role`, …) — with no value naming two.
/// Members called like a kind (`type`, `kind`, `…Type`) are looked at first; identifiers and
/// names (`id`, `…Id`, `name`), which differ between any two examples, never.
fn tags(api: &Api, alternatives: &[TypeRef]) -> Vec<Option<Tag>> {
    let structs: Vec<Option<&Struct>> = alternatives.iter().map(|ty| as_struct(api, ty)).collect();
    let present: Vec<&Struct> = structs.iter().flatten().copied().collect();
    let Some(first) = present.first().filter(|_| present.len() > 1) else { return vec![None; alternatives.len()] };
    let mut candidates: Vec<&str> = first
        .fields
        .iter()
        .map(|f| f.json_name.as_str())
        .filter(|name| !(*name == "id" || *name == "name" || name.ends_with("Id") || name.ends_with("_id")))
        .collect();
    candidates.sort_by_key(|name| !(*name == "type" || *name == "kind" || name.ends_with("Type")));
    let tag = candidates.into_iter().find(|name| {
        let Some(sets) = present.iter().map(|s| naming_values(api, s, name)).collect::<Option<Vec<_>>>() else { return false };
        let all: Vec<&String> = sets.iter().flatten().collect();
        all.iter().collect::<std::collections::BTreeSet<_>>().len() == all.len()
    });
    structs.iter().map(|s| Some((tag?.to_string(), naming_values(api, (*s)?, tag?)?))).collect()
}

/// The values of member `name` of `s` that would name it: an enum's values, or a string
/// member's example.
fn naming_values(api: &Api, s: &Struct, name: &str) -> Option<Vec<String>> {
    let field = s.fields.iter().find(|f| f.json_name == name)?;
    let values = enum_values(api, &field.ty);
    if !values.is_empty() {
        return Some(values.into_iter().map(str::to_string).collect());
    }
    (field.ty == TypeRef::String).then(|| field.example.as_ref()?.as_str().map(|e| vec![e.to_string()]))?
}

/// The `crate::union::Alternative` for an alternative of type `ty`, named by `tag`.
fn alternative(api: &Api, ty: &TypeRef, tag: Option<Tag>) -> String {
    let simple = |name: &str| format!("crate::union::Alternative::{name}");
    match ty {
        TypeRef::String | TypeRef::DateTime | TypeRef::Date => simple("String"),
        TypeRef::Bool => simple("Boolean"),
        TypeRef::Int32 | TypeRef::Int64 => simple("Integer"),
        TypeRef::Float32 | TypeRef::Float64 => simple("Number"),
        TypeRef::Binary | TypeRef::Array(_) => simple("Array"),
        TypeRef::Json => simple("Any"),
        TypeRef::JsonObject | TypeRef::Map(_) => simple("AnyObject"),
        TypeRef::Named(id) => match &api.type_def(*id).kind {
            TypeKind::Struct(s) => object(api, s, tag),
            TypeKind::Enum(_) => format!("crate::union::Alternative::Enum(&[{}])", quoted(&enum_values(api, ty))),
            // Another union decides for itself, and keeps what fits none of its alternatives.
            TypeKind::Union(_) => simple("Any"),
            TypeKind::Alias(inner) => alternative(api, inner, tag),
        },
    }
}

fn quoted<S: AsRef<str>>(values: &[S]) -> String {
    values.iter().map(|v| format!("{:?}", v.as_ref())).collect::<Vec<_>>().join(", ")
}

fn object(api: &Api, s: &Struct, tag: Option<Tag>) -> String {
    let members: Vec<String> = s.fields.iter().map(|field| member(api, field)).collect();
    let tag = tag.map_or_else(|| "None".to_string(), |(name, values)| format!("Some(({name:?}, &[{}]))", quoted(&values)));
    format!(
        "crate::union::Alternative::Object(crate::union::Object {{ members: &[{}], open: {}, closed: {}, tag: {tag} }})",
        members.join(", "),
        s.additional.is_some(),
        s.closed
    )
}

fn member(api: &Api, field: &Field) -> String {
    let kinds = if field.reads_lone_item() { "crate::union::ANY".to_string() } else { kinds(api, &field.ty, true) };
    let values = quoted(&enum_values(api, &field.ty));
    format!("crate::union::Member::new({:?}, {}, {kinds}, &[{values}])", field.json_name, field.required)
}

/// The kinds of JSON value a field of type `ty` reads (`top`: the field's own type, which the
/// crate's lenient readers apply to).
fn kinds(api: &Api, ty: &TypeRef, top: bool) -> String {
    let kind = |name: &str| format!("crate::union::{name}");
    match ty {
        // A string field reads any value as its text.
        TypeRef::String if top => kind("ANY"),
        TypeRef::String | TypeRef::Date => kind("STRING"),
        TypeRef::Bool if top => format!("{} | {}", kind("BOOLEAN"), kind("STRING")),
        TypeRef::Bool => kind("BOOLEAN"),
        TypeRef::DateTime => format!("{} | {}", kind("STRING"), kind("NUMBER")),
        TypeRef::Int32 | TypeRef::Int64 | TypeRef::Float32 | TypeRef::Float64 => kind("NUMBER"),
        TypeRef::Binary | TypeRef::Array(_) => kind("ARRAY"),
        TypeRef::Json => kind("ANY"),
        TypeRef::JsonObject | TypeRef::Map(_) => kind("OBJECT"),
        TypeRef::Named(id) => match &api.type_def(*id).kind {
            TypeKind::Struct(_) => kind("OBJECT"),
            TypeKind::Enum(_) => kind("STRING"),
            TypeKind::Union(_) => kind("ANY"),
            // The crate's lenient readers are chosen by the field's own type, not through aliases.
            TypeKind::Alias(inner) => kinds(api, inner, false),
        },
    }
}

/// The values an enum field takes (every spelling the crate reads), or none for other fields.
fn enum_values<'a>(api: &'a Api, ty: &TypeRef) -> Vec<&'a str> {
    match ty {
        TypeRef::Named(id) => match &api.type_def(*id).kind {
            TypeKind::Enum(e) => e.variants.iter().flat_map(|v| std::iter::once(&v.value).chain(&v.aliases)).map(String::as_str).collect(),
            TypeKind::Alias(inner) => enum_values(api, inner),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}
