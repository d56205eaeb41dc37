//! What a required member reads as when a server leaves it out or sends `null`.
//!
//! Servers do both (SailPoint's own SDKs' users hit it), and one such member must not fail a
//! whole page. Where the field's type has a default (an empty string, `false`, zero, an empty
//! list or map) an absent member reads as that; where it has none (an enum, a struct, a union,
//! a date-time) the field is an `Option`, `None` when absent.

use super::{Api, Field, TypeKind, TypeRef};

/// Marks the required fields whose type has no default value as read into an `Option`.
pub fn mark_absent_as_none(api: &mut Api) {
    for index in 0..api.types.len() {
        let TypeKind::Struct(s) = &api.types[index].kind else {
            continue;
        };
        let marks: Vec<bool> = s
            .fields
            .iter()
            .map(|f| f.is_constructor_arg() && default_of(api, &f.ty).is_none())
            .collect();
        let TypeKind::Struct(s) = &mut api.types[index].kind else {
            continue;
        };
        for (field, absent_as_none) in s.fields.iter_mut().zip(marks) {
            field.absent_as_none = absent_as_none;
        }
    }
}

/// What a required field reads an absent or `null` member as, in words, when it is not an
/// `Option`.
pub fn absent_value(api: &Api, field: &Field) -> Option<&'static str> {
    if field.is_option() {
        None
    } else {
        default_of(api, &field.ty)
    }
}

/// The default value of `ty`'s Rust type, in words; `None` where it has none.
pub fn default_of(api: &Api, ty: &TypeRef) -> Option<&'static str> {
    Some(match api.resolve(ty) {
        TypeRef::String => "an empty string",
        TypeRef::Bool => "`false`",
        TypeRef::Int32 | TypeRef::Int64 | TypeRef::Float32 | TypeRef::Float64 => "`0`",
        TypeRef::Binary | TypeRef::Array(_) => "an empty list",
        TypeRef::JsonObject | TypeRef::Map(_) => "an empty map",
        TypeRef::Json => "`null`",
        TypeRef::DateTime | TypeRef::Date | TypeRef::Named(_) => return None,
    })
}
