//! Sample values: JSON that fits a type, from the spec's own examples where it has them and
//! made up from the type where it does not. Used where generated code must call an operation
//! with valid arguments.

use serde_json::{Map, Value, json};

use super::types::{TypeKind, TypeRef};
use super::{Api, Field};

/// How deep required fields are followed into nested structs; recursion stops there.
const MAX_DEPTH: usize = 6;

/// A value of type `ty`: only required fields are filled, with their examples where the spec
/// gives them.
pub fn sample(api: &Api, ty: &TypeRef) -> Value {
    sample_at(api, ty, None, 0)
}

/// A value of type `ty` with every writable field of the top-level object filled: for form
/// bodies, whose fields are all parts a server may want.
pub fn sample_all_fields(api: &Api, ty: &TypeRef) -> Value {
    let fields = match ty.named().map(|id| &api.type_def(id).kind) {
        Some(TypeKind::Struct(s)) => &s.fields,
        _ => return sample(api, ty),
    };
    let object = fields.iter().filter(|f| !f.read_only).map(|f| (f.json_name.clone(), field_sample(api, f, 0))).collect();
    Value::Object(object)
}

/// A value for something with this type, format and example (a parameter or field).
pub fn sample_with(api: &Api, ty: &TypeRef, format: Option<&str>, example: Option<&Value>) -> Value {
    match example {
        Some(example) if fits(api, ty, example) && has_format(format, example) => example.clone(),
        _ => sample_at(api, ty, format, 0),
    }
}

/// Whether a string example is in the declared format (validators check uuids and dates).
fn has_format(format: Option<&str>, example: &Value) -> bool {
    let Some(text) = example.as_str() else { return true };
    match format.map(str::to_ascii_lowercase).as_deref() {
        Some("uuid") => {
            let groups: Vec<&str> = text.split('-').collect();
            groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12]) && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_hexdigit()))
        }
        Some("date-time") => text.len() >= 20 && text.as_bytes().get(10) == Some(&b'T'),
        Some("date") => text.len() == 10 && text.as_bytes().get(4) == Some(&b'-'),
        _ => true,
    }
}

fn sample_at(api: &Api, ty: &TypeRef, format: Option<&str>, depth: usize) -> Value {
    match ty {
        TypeRef::String => json!(string_for(format)),
        TypeRef::Bool => json!(true),
        TypeRef::Int32 | TypeRef::Int64 => json!(1),
        TypeRef::Float32 | TypeRef::Float64 => json!(1.5),
        TypeRef::DateTime => json!("2024-01-31T12:00:00Z"),
        TypeRef::Date => json!("2024-01-31"),
        TypeRef::Binary => json!([]),
        TypeRef::Json | TypeRef::JsonObject | TypeRef::Map(_) => json!({}),
        // An array's format is its items'.
        TypeRef::Array(inner) if depth < MAX_DEPTH => json!([sample_at(api, inner, format, depth + 1)]),
        TypeRef::Array(_) => json!([]),
        TypeRef::Named(id) => {
            let def = api.type_def(*id);
            match &def.kind {
                TypeKind::Struct(s) => {
                    let mut object = Map::new();
                    for field in s.fields.iter().filter(|f| f.required && !f.read_only) {
                        object.insert(field.json_name.clone(), field_sample(api, field, depth));
                    }
                    Value::Object(object)
                }
                TypeKind::Enum(e) => e.variants.first().map_or(json!("UNKNOWN"), |v| json!(v.value)),
                TypeKind::Union(u) => u.variants.first().map_or(json!({}), |v| sample_at(api, &v.ty, None, depth + 1)),
                TypeKind::Alias(inner) => sample_at(api, inner, format, depth + 1),
            }
        }
    }
}

fn field_sample(api: &Api, field: &Field, depth: usize) -> Value {
    match &field.example {
        Some(example) if fits(api, &field.ty, example) && has_format(field.format.as_deref(), example) && depth + 1 < MAX_DEPTH => {
            example.clone()
        }
        _ if field.nullable && depth + 1 >= MAX_DEPTH => Value::Null,
        _ => sample_at(api, &field.ty, field.format.as_deref(), depth + 1),
    }
}

/// A string in the given format that validators accept.
fn string_for(format: Option<&str>) -> &'static str {
    match format.map(str::to_ascii_lowercase).as_deref() {
        Some("uuid") => "2c918083-5d2e-5168-015d-32f890ca1581",
        Some("email") => "jane.doe@example.com",
        Some("uri" | "url") => "https://example.com",
        Some("date-time") => "2024-01-31T12:00:00Z",
        Some("date") => "2024-01-31",
        _ => "example",
    }
}

/// Whether `example` has the JSON shape of `ty` (its top level, and an enum's values).
fn fits(api: &Api, ty: &TypeRef, example: &Value) -> bool {
    match (ty, example) {
        (TypeRef::String | TypeRef::DateTime | TypeRef::Date, Value::String(_)) => true,
        (TypeRef::Bool, Value::Bool(_)) => true,
        (TypeRef::Int32 | TypeRef::Int64, Value::Number(n)) => n.is_i64(),
        (TypeRef::Float32 | TypeRef::Float64, Value::Number(_)) => true,
        (TypeRef::Array(_), Value::Array(_)) => true,
        (TypeRef::Json, _) => true,
        (TypeRef::JsonObject | TypeRef::Map(_), Value::Object(_)) => true,
        (TypeRef::Named(id), _) => match &api.type_def(*id).kind {
            TypeKind::Enum(e) => example.as_str().is_some_and(|s| e.variants.iter().any(|v| v.value == s)),
            TypeKind::Struct(_) => example.is_object(),
            TypeKind::Alias(inner) => fits(api, inner, example),
            TypeKind::Union(_) => true,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_in_the_wrong_format_are_not_used() {
        assert!(has_format(Some("uuid"), &json!("2c918083-5d2e-5168-015d-32f890ca1581")));
        assert!(!has_format(Some("uuid"), &json!("2c9180835d2e5168015d32f890ca1581")));
        assert!(!has_format(Some("date-time"), &json!("6 Months from created date")));
        assert!(has_format(None, &json!("anything")));
    }

    #[test]
    fn formats_give_values_validators_accept() {
        assert_eq!(string_for(Some("UUID")), "2c918083-5d2e-5168-015d-32f890ca1581");
        assert_eq!(string_for(Some("date-time")), "2024-01-31T12:00:00Z");
        assert_eq!(string_for(None), "example");
    }
}
