//! How the model's types are spelled in Rust.

use crate::model::{Api, Field, Struct, TypeId, TypeKind, TypeRef};

/// The Rust type of `ty`, model types named with `models` before them (`""` or `"models::"`).
pub fn rust_type_in(api: &Api, ty: &TypeRef, models: &str) -> String {
    match ty {
        TypeRef::String => "String".into(),
        TypeRef::Bool => "bool".into(),
        TypeRef::Int32 => "i32".into(),
        TypeRef::Int64 => "i64".into(),
        TypeRef::Float32 => "f32".into(),
        TypeRef::Float64 => "f64".into(),
        TypeRef::DateTime => "chrono::DateTime<chrono::Utc>".into(),
        TypeRef::Date => "chrono::NaiveDate".into(),
        TypeRef::Binary => "Vec<u8>".into(),
        TypeRef::Json => "serde_json::Value".into(),
        TypeRef::JsonObject => "serde_json::Map<String, serde_json::Value>".into(),
        TypeRef::Named(id) => format!("{models}{}", api.type_def(*id).name),
        TypeRef::Array(inner) => format!("Vec<{}>", rust_type_in(api, inner, models)),
        TypeRef::Map(inner) => format!(
            "std::collections::BTreeMap<String, {}>",
            rust_type_in(api, inner, models)
        ),
    }
}

/// The Rust type of `ty` inside the `models` module, where model types are imported.
pub fn rust_type(api: &Api, ty: &TypeRef) -> String {
    rust_type_in(api, ty, "")
}

/// The Rust type of a struct's field (model types prefixed with `models`, as in
/// [`rust_type_in`]): boxed where it refers back to its struct, an `Option` where it is optional.
pub fn field_type_in(api: &Api, field: &Field, models: &str) -> String {
    let inner = rust_type_in(api, &field.ty, models);
    let inner = if field.boxed {
        format!("Box<{inner}>")
    } else {
        inner
    };
    if field.is_option() {
        format!("Option<{inner}>")
    } else {
        inner
    }
}

/// The `additional_properties` member every struct has, flattened into its object.
pub struct UndeclaredMembers {
    /// Its Rust type.
    pub ty: String,
    /// The model type its values are, for a link.
    pub named: Option<TypeId>,
    pub description: &'static str,
}

pub fn undeclared_members(api: &Api, s: &Struct) -> UndeclaredMembers {
    match &s.additional {
        Some(additional) => UndeclaredMembers {
            ty: format!(
                "std::collections::BTreeMap<String, {}>",
                rust_type(api, additional)
            ),
            named: additional.innermost_named(),
            description: "Members the spec does not declare.",
        },
        None => UndeclaredMembers {
            ty: "serde_json::Map<String, serde_json::Value>".into(),
            named: None,
            description: "Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.",
        },
    }
}

/// `ty` with aliases replaced by what they stand for: two spellings of one Rust type compare equal.
pub fn expand_aliases(api: &Api, ty: &TypeRef) -> TypeRef {
    match ty {
        TypeRef::Named(id) => match &api.type_def(*id).kind {
            TypeKind::Alias(target) => expand_aliases(api, target),
            _ => ty.clone(),
        },
        TypeRef::Array(inner) => TypeRef::Array(Box::new(expand_aliases(api, inner))),
        TypeRef::Map(inner) => TypeRef::Map(Box::new(expand_aliases(api, inner))),
        other => other.clone(),
    }
}

/// An expression giving the text of `value` (a place of type `ty`, or a reference to one) for
/// a URL path, query or header.
pub fn to_text(api: &Api, ty: &TypeRef, value: &str) -> String {
    match ty {
        TypeRef::String => format!("{value}.clone()"),
        TypeRef::DateTime => {
            format!("{value}.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)")
        }
        TypeRef::Named(id) => match &api.type_def(*id).kind {
            TypeKind::Enum(_) => format!("{value}.as_str().to_owned()"),
            TypeKind::Alias(inner) if !matches!(inner, TypeRef::Array(_) | TypeRef::Map(_)) => {
                to_text(api, inner, value)
            }
            _ => format!("serde_json::to_string(&{value}).unwrap_or_default()"),
        },
        TypeRef::Array(_) | TypeRef::Map(_) | TypeRef::JsonObject | TypeRef::Binary => {
            format!("serde_json::to_string(&{value}).unwrap_or_default()")
        }
        TypeRef::Bool
        | TypeRef::Int32
        | TypeRef::Int64
        | TypeRef::Float32
        | TypeRef::Float64
        | TypeRef::Date
        | TypeRef::Json => {
            format!("{value}.to_string()")
        }
    }
}

/// For an array type (directly or through an alias), its item type.
pub fn array_item<'a>(api: &'a Api, ty: &'a TypeRef) -> Option<&'a TypeRef> {
    match ty {
        TypeRef::Array(inner) => Some(inner),
        TypeRef::Named(id) => match &api.type_def(*id).kind {
            TypeKind::Alias(inner) => array_item(api, inner),
            _ => None,
        },
        _ => None,
    }
}

/// An expression of type `&str` for `value` (a place of type `ty`).
pub fn to_str(api: &Api, ty: &TypeRef, value: &str) -> String {
    match ty {
        TypeRef::String => format!("&{value}"),
        TypeRef::Named(id) => match &api.type_def(*id).kind {
            TypeKind::Enum(_) => format!("{value}.as_str()"),
            TypeKind::Alias(inner) if !matches!(inner, TypeRef::Array(_) | TypeRef::Map(_)) => {
                to_str(api, inner, value)
            }
            _ => format!("&{}", to_text(api, ty, value)),
        },
        _ => format!("&{}", to_text(api, ty, value)),
    }
}
