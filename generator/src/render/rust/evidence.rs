//! What each alternative of a union takes, as the `crate::union` descriptions the union's
//! `Deserialize` ranks alternatives by (see `runtime/src/union.rs`); which member
//! names them is the model's (`Union::naming_member`).

use crate::model::{Api, Field, Struct, TypeKind, TypeRef, Union};

/// A member that names an alternative, with the values that name it.
type Tag<'a> = (&'a str, &'a [String]);

/// The `crate::union::Alternative` for each alternative of `union`, of types `alternatives`
/// (aliases expanded), named by the union's naming member where it has one.
pub fn alternatives(api: &Api, union: &Union, alternatives: &[TypeRef]) -> Vec<String> {
    union
        .variants
        .iter()
        .zip(alternatives)
        .map(|(variant, ty)| {
            let tag = union
                .naming_member
                .as_deref()
                .filter(|_| !variant.tags.is_empty())
                .map(|member| (member, &variant.tags[..]));
            alternative(api, ty, tag)
        })
        .collect()
}

/// The `crate::union::Alternative` for an alternative of type `ty`, named by `tag`.
fn alternative(api: &Api, ty: &TypeRef, tag: Option<Tag<'_>>) -> String {
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
            TypeKind::Enum(_) => format!(
                "crate::union::Alternative::Enum(&[{}])",
                quoted(&api.enum_values(ty))
            ),
            // Another union decides for itself, and keeps what fits none of its alternatives.
            TypeKind::Union(_) => simple("Any"),
            TypeKind::Alias(inner) => alternative(api, inner, tag),
        },
    }
}

fn quoted<S: AsRef<str>>(values: &[S]) -> String {
    values
        .iter()
        .map(|v| format!("{:?}", v.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn object(api: &Api, s: &Struct, tag: Option<Tag<'_>>) -> String {
    let members: Vec<String> = s.fields.iter().map(|field| member(api, field)).collect();
    let tag = tag.map_or_else(
        || "None".to_string(),
        |(name, values)| format!("Some(({name:?}, &[{}]))", quoted(values)),
    );
    format!(
        "crate::union::Alternative::Object(crate::union::Object {{ members: &[{}], open: {}, closed: {}, tag: {tag} }})",
        members.join(", "),
        s.additional.is_some(),
        s.closed
    )
}

fn member(api: &Api, field: &Field) -> String {
    let kinds = if field.reads_lone_item() {
        "crate::union::ANY".to_string()
    } else {
        kinds(api, &field.ty, true)
    };
    let values = quoted(&api.enum_values(&field.ty));
    format!(
        "crate::union::Member::new({:?}, {}, {kinds}, &[{values}])",
        field.json_name, field.required
    )
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
