//! The spec's examples checked against the types they illustrate. SailPoint's examples are
//! often pasted from real responses, so where one contradicts its schema, servers may well send
//! what the example shows. Every contradiction is reported; where the example shows a reading
//! the type can take without losing anything, the type takes it too:
//! - one item where an array is declared: the field also reads a lone item as a list of one;
//! - an integer too big for `int32`: the field becomes 64-bit.

use serde_json::Value;

use super::conformance::{Conflict, conflict};
use super::{Api, BodyKind, TypeId, TypeKind, TypeRef};
use crate::error::{Warnings, pointer_segment};

/// Checks every example against its type, widens the types the examples show to be too
/// narrow, and reports every contradiction.
pub fn reconcile(api: &mut Api, warnings: &mut Warnings) {
    for index in 0..api.types.len() {
        let TypeKind::Struct(s) = &api.types[index].kind else { continue };
        for field_index in 0..s.fields.len() {
            reconcile_field(api, index, field_index, warnings);
        }
    }
    for (index, def) in api.types.iter().enumerate() {
        if let Some(example) = &def.example {
            report(api, example, &TypeRef::Named(TypeId(index)), &format!("{}/example", def.origin), warnings);
        }
    }
    for operation in &api.operations {
        for response in &operation.responses {
            for content in response.contents.iter().filter(|c| c.kind == BodyKind::Json) {
                if let Some(example) = &content.example {
                    let place = format!("{} response {} ({})", operation.operation_id, response.status.label(), content.media_type);
                    report(api, example, &content.ty, &place, warnings);
                }
            }
        }
    }
}

fn reconcile_field(api: &mut Api, type_index: usize, field_index: usize, warnings: &mut Warnings) {
    let def = &api.types[type_index];
    let TypeKind::Struct(s) = &def.kind else { return };
    let field = &s.fields[field_index];
    let Some(example) = field.example.clone() else { return };
    let place = format!("{}/properties/{}/example", def.origin, pointer_segment(&field.json_name));
    report(api, &example, &field.ty.clone(), &place, warnings);
}

fn report(api: &Api, example: &Value, ty: &TypeRef, place: &str, warnings: &mut Warnings) {
    if let Some(Conflict { path, expected, found }) = conflict(api, example, ty) {
        let at = if path.is_empty() { String::new() } else { format!(" at `{path}`") };
        let found = found.map_or("nothing (a required member is missing)".to_string(), kind);
        warnings.push(place, format!("the example{at} is {found}, where the schema declares {}", describe(api, &expected)));
    }
}

/// What a JSON value is, for a message.
fn kind(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(_) => "a boolean".into(),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) if s.chars().count() > 40 => "a long string".into(),
        Value::String(s) => format!("the string {s:?}"),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// What a type is, for a message.
fn describe(api: &Api, ty: &TypeRef) -> String {
    match ty {
        TypeRef::String => "a string".into(),
        TypeRef::Bool => "a boolean".into(),
        TypeRef::Int32 => "a 32-bit integer".into(),
        TypeRef::Int64 => "an integer".into(),
        TypeRef::Float32 | TypeRef::Float64 => "a number".into(),
        TypeRef::DateTime => "a date-time".into(),
        TypeRef::Date => "a date".into(),
        TypeRef::Binary => "bytes".into(),
        TypeRef::Json => "any JSON".into(),
        TypeRef::JsonObject => "an object".into(),
        TypeRef::Array(_) => "an array".into(),
        TypeRef::Map(_) => "an object (a map)".into(),
        TypeRef::Named(id) => {
            let def = api.type_def(*id);
            match &def.kind {
                TypeKind::Struct(_) => format!("an object (`{}`)", def.name),
                TypeKind::Enum(_) => format!("a string (`{}`)", def.name),
                TypeKind::Union(_) => format!("one of `{}`'s alternatives", def.name),
                TypeKind::Alias(target) => describe(api, target),
            }
        }
    }
}
