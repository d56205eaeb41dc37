//! What each alternative of a union takes, as the `crate::union` descriptions the union's
//! `Deserialize` ranks alternatives by (see `templates/rust/runtime/union.rs`).

use crate::model::{Api, Field, Struct, TypeKind, TypeRef, Union};

/// The `crate::union::Alternative` for each alternative of `union`, of types `alternatives`
/// (aliases expanded): named by the spec's discriminator, else by a member that plainly names them.
pub fn alternatives(api: &Api, union: &Union, alternatives: &[TypeRef]) -> Vec<String> {
    let tags = match &union.discriminator {
        Some(member) => union.variants.iter().map(|v| Some((member.clone(), v.tag.clone()?))).collect(),
        None => tags(api, alternatives),
    };
    alternatives.iter().zip(tags).map(|(ty, tag)| alternative(api, ty, tag)).collect()
}

/// The struct an alternative is, if it is one.
fn as_struct<'a>(api: &'a Api, ty: &TypeRef) -> Option<&'a Struct> {
    match &api.type_def(ty.named()?).kind {
        TypeKind::Struct(s) => Some(s),
        _ => None,
    }
}

/// The member that names each alternative, where the spec makes it plain: a string member that
/// every struct alternative declares, with an example of its own in each (an access item's
/// `accessType`: `entitlement`, `role`, …). The first such member, in the first struct's order.
fn tags(api: &Api, alternatives: &[TypeRef]) -> Vec<Option<(String, String)>> {
    let structs: Vec<Option<&Struct>> = alternatives.iter().map(|ty| as_struct(api, ty)).collect();
    let present: Vec<&Struct> = structs.iter().flatten().copied().collect();
    let example_of = |s: &Struct, name: &str| {
        let field = s.fields.iter().find(|f| f.json_name == name && f.ty == TypeRef::String)?;
        field.example.as_ref()?.as_str().map(str::to_string)
    };
    let tag = present.first().filter(|_| present.len() > 1).and_then(|first| {
        first.fields.iter().map(|f| f.json_name.as_str()).find(|name| {
            let examples: Option<Vec<String>> = present.iter().map(|s| example_of(s, name)).collect();
            examples.is_some_and(|examples| examples.iter().collect::<std::collections::BTreeSet<_>>().len() == examples.len())
        })
    });
    structs
        .iter()
        .map(|s| Some((tag?.to_string(), example_of((*s)?, tag?)?)))
        .collect()
}

/// The `crate::union::Alternative` for an alternative of type `ty`, named by `tag`.
fn alternative(api: &Api, ty: &TypeRef, tag: Option<(String, String)>) -> String {
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
            TypeKind::Enum(_) => simple("String"),
            // Another union decides for itself, and keeps what fits none of its alternatives.
            TypeKind::Union(_) => simple("Any"),
            TypeKind::Alias(inner) => alternative(api, inner, tag),
        },
    }
}

fn object(api: &Api, s: &Struct, tag: Option<(String, String)>) -> String {
    let members: Vec<String> = s.fields.iter().map(|field| member(api, field)).collect();
    let tag = tag.map_or_else(|| "None".to_string(), |(name, value)| format!("Some(({name:?}, {value:?}))"));
    format!(
        "crate::union::Alternative::Object(crate::union::Object {{ members: &[{}], open: {}, closed: {}, tag: {tag} }})",
        members.join(", "),
        s.additional.is_some(),
        s.closed
    )
}

fn member(api: &Api, field: &Field) -> String {
    let kinds = if field.reads_lone_item() { "crate::union::ANY".to_string() } else { kinds(api, &field.ty, true) };
    let values = enum_values(api, &field.ty).iter().map(|v| format!("{v:?}")).collect::<Vec<_>>().join(", ");
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
            TypeKind::Alias(inner) => kinds(api, inner, top),
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
