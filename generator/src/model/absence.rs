//! What a required member reads as when a server leaves it out or sends `null`.
//!
//! Servers do both (SailPoint's own SDKs' users hit it), and one such member must not fail a
//! whole page. Where the field's type has a default (an empty string, `false`, zero, an empty
//! list or map) an absent member reads as that; where it has none (an enum, a struct, a union,
//! a date-time) the field is an `Option`, `None` when absent.

use super::conformance::has_default;
use super::{Api, Field, TypeKind, TypeRef};

/// Marks the required fields whose type has no default value as read into an `Option`.
pub fn mark_absent_as_none(api: &mut Api) {
    let read: &Api = api;
    let marks: Vec<(usize, usize, bool)> = read
        .types
        .iter()
        .enumerate()
        .filter_map(|(index, def)| match &def.kind {
            TypeKind::Struct(s) => Some((index, s)),
            _ => None,
        })
        .flat_map(|(index, s)| {
            s.fields.iter().enumerate().map(move |(field, f)| (index, field, f.is_constructor_arg() && !has_default(read, &f.ty)))
        })
        .collect();
    for (index, field, absent_as_none) in marks {
        if let TypeKind::Struct(s) = &mut api.types[index].kind {
            s.fields[field].absent_as_none = absent_as_none;
        }
    }
}

/// What a required field reads an absent or `null` member as, in words, when it is not an
/// `Option`.
pub fn absent_value(api: &Api, field: &Field) -> Option<&'static str> {
    if field.is_option() {
        return None;
    }
    Some(match resolved(api, &field.ty) {
        TypeRef::String => "an empty string",
        TypeRef::Bool => "`false`",
        TypeRef::Int32 | TypeRef::Int64 | TypeRef::Float32 | TypeRef::Float64 => "`0`",
        TypeRef::Binary | TypeRef::Array(_) => "an empty list",
        TypeRef::JsonObject | TypeRef::Map(_) => "an empty map",
        TypeRef::Json => "`null`",
        TypeRef::DateTime | TypeRef::Date | TypeRef::Named(_) => return None,
    })
}

/// `ty` through aliases (a bounded walk: a broken spec can make aliases loop).
fn resolved<'a>(api: &'a Api, mut ty: &'a TypeRef) -> &'a TypeRef {
    for _ in 0..api.types.len() {
        match ty {
            TypeRef::Named(id) => match &api.type_def(*id).kind {
                TypeKind::Alias(inner) => ty = inner,
                _ => return ty,
            },
            _ => return ty,
        }
    }
    ty
}
