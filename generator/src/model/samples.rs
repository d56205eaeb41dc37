//! Sample values: JSON for a type, from the spec's own examples where they fit the type, else
//! built from the examples of the parts (fields, items, alternatives), else a plain value of the
//! type. [`sample`] shows a type (the reference pages); [`minimal`] makes what a validator
//! accepts (the end-to-end calls).
//!
//! "Fits" means the generated crate decodes it as that type ([`fits`]), so an example body that
//! is decoded into its model type in an example program never fails.

use serde_json::{Map, Value, json};

use super::{Api, Field, Struct, TypeId, TypeKind, TypeRef};

/// How deep optional members of nested objects are still filled in; deeper, only required ones.
const OPTIONAL_DEPTH: usize = 2;

/// A JSON value of type `ty`, or `None` when none can be built (a required member that refers
/// back to a type being built).
pub fn sample(api: &Api, ty: &TypeRef, purpose: Purpose) -> Option<Value> {
    Sampler { api, purpose, building: Vec::new() }.value(ty, None, 0)
}

/// What a sample is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// To show the type: every member.
    Show,
    /// To send: members the server sets (read-only) left out where they may be.
    Send,
}

/// `example` if the crate decodes it as `ty`, else a [`sample`] of `ty`.
pub fn example_or_sample(api: &Api, ty: &TypeRef, example: Option<&Value>, purpose: Purpose) -> Option<Value> {
    match example {
        Some(example) if useful(example) && fits(api, example, ty) => Some(example.clone()),
        _ => sample(api, ty, purpose),
    }
}

struct Sampler<'a> {
    api: &'a Api,
    purpose: Purpose,
    /// The named types being built, outermost first: a cycle stops at them.
    building: Vec<TypeId>,
}

impl Sampler<'_> {
    fn value(&mut self, ty: &TypeRef, format: Option<&str>, depth: usize) -> Option<Value> {
        Some(match ty {
            TypeRef::String => Value::String(string_for(format).into()),
            TypeRef::Bool => Value::Bool(true),
            TypeRef::Int32 | TypeRef::Int64 => json!(0),
            TypeRef::Float32 | TypeRef::Float64 => json!(0.0),
            TypeRef::DateTime => json!("2024-01-01T00:00:00Z"),
            TypeRef::Date => json!("2024-01-01"),
            TypeRef::Binary => json!("(file contents)"),
            TypeRef::Json | TypeRef::JsonObject => json!({}),
            TypeRef::Array(inner) => Value::Array(self.value(inner, None, depth + 1).into_iter().collect()),
            TypeRef::Map(inner) => {
                let mut map = Map::new();
                if let Some(value) = self.value(inner, None, depth + 1) {
                    map.insert("key".into(), value);
                }
                Value::Object(map)
            }
            TypeRef::Named(id) => return self.named(*id, depth),
        })
    }

    fn named(&mut self, id: TypeId, depth: usize) -> Option<Value> {
        let def = self.api.type_def(id);
        let ty = TypeRef::Named(id);
        if let Some(example) = &def.example
            && useful(example)
            && fits(self.api, example, &ty)
        {
            return Some(example.clone());
        }
        if self.building.contains(&id) {
            return None;
        }
        self.building.push(id);
        let value = match &def.kind {
            TypeKind::Struct(s) => self.object(s, depth),
            TypeKind::Enum(e) => e.variants.iter().find(|v| !v.value.is_empty()).or(e.variants.first()).map(|v| Value::String(v.value.clone())),
            TypeKind::Union(u) => u.variants.iter().find_map(|v| self.value(&v.ty, None, depth)),
            TypeKind::Alias(target) => self.value(target, None, depth),
        };
        self.building.pop();
        value
    }

    fn object(&mut self, s: &Struct, depth: usize) -> Option<Value> {
        let mut map = Map::new();
        for field in &s.fields {
            let required = !field.is_option();
            if !required && ((depth >= OPTIONAL_DEPTH && field.example.is_none()) || (field.read_only && self.purpose == Purpose::Send)) {
                continue;
            }
            match self.field(field, depth) {
                Some(value) => {
                    map.insert(field.json_name.clone(), value);
                }
                None if required => return None,
                None => {}
            }
        }
        Some(Value::Object(map))
    }

    fn field(&mut self, field: &Field, depth: usize) -> Option<Value> {
        for given in [&field.example, &field.default].into_iter().flatten() {
            if useful(given) && fits(self.api, given, &field.ty) {
                return Some(given.clone());
            }
        }
        self.value(&field.ty, field.format.as_deref(), depth + 1)
    }
}

/// A plain string for a string of `format`.
pub fn string_for(format: Option<&str>) -> &'static str {
    match format.map(str::to_ascii_lowercase).as_deref() {
        Some("uuid") => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        Some("email") => "user@example.com",
        Some("uri" | "url") => "https://example.com",
        Some("date-time") => "2024-01-01T00:00:00Z",
        Some("date") => "2024-01-01",
        _ => "string",
    }
}

/// Whether an example says something: not `null`, `""`, `{}` or `[]`.
fn useful(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::String(s) => !s.is_empty(),
        Value::Array(items) => !items.is_empty(),
        Value::Object(members) => !members.is_empty(),
        _ => true,
    }
}

/// Whether the generated crate decodes `value` as `ty`.
pub fn fits(api: &Api, value: &Value, ty: &TypeRef) -> bool {
    match ty {
        TypeRef::String => value.is_string(),
        TypeRef::Bool => value.is_boolean(),
        TypeRef::Int32 => value.as_i64().is_some_and(|n| i32::try_from(n).is_ok()),
        TypeRef::Int64 => value.is_i64(),
        TypeRef::Float32 | TypeRef::Float64 => value.is_number(),
        TypeRef::DateTime => value.as_str().is_some_and(is_rfc3339),
        TypeRef::Date => value.as_str().is_some_and(is_date),
        TypeRef::Binary => value.as_array().is_some_and(|items| items.iter().all(|b| b.as_u64().is_some_and(|b| b <= 255))),
        TypeRef::Json => true,
        TypeRef::JsonObject => value.is_object(),
        TypeRef::Array(inner) => value.as_array().is_some_and(|items| items.iter().all(|item| fits(api, item, inner))),
        TypeRef::Map(inner) => value.as_object().is_some_and(|members| members.values().all(|v| fits(api, v, inner))),
        TypeRef::Named(id) => match &api.type_def(*id).kind {
            TypeKind::Struct(s) => value.as_object().is_some_and(|members| struct_fits(api, members, s)),
            TypeKind::Enum(_) => value.is_string(),
            TypeKind::Union(u) => u.variants.iter().any(|v| fits(api, value, &v.ty)),
            TypeKind::Alias(target) => fits(api, value, target),
        },
    }
}

fn struct_fits(api: &Api, members: &Map<String, Value>, s: &Struct) -> bool {
    let fields_fit = s.fields.iter().all(|field| match members.get(&field.json_name) {
        None => field.is_option(),
        Some(Value::Null) => field.is_option(),
        Some(value) => fits(api, value, &field.ty),
    });
    let others_fit = match &s.additional {
        Some(additional) => members
            .iter()
            .filter(|(name, _)| !s.fields.iter().any(|f| &f.json_name == *name))
            .all(|(_, value)| fits(api, value, additional)),
        None => true,
    };
    fields_fit && others_fit
}

/// `YYYY-MM-DD`, with plausible numbers.
fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0..4, 5..7, 8..10].into_iter().all(|r| b[r].iter().all(u8::is_ascii_digit))
        && (1..=12).contains(&number(&text[5..7]))
        && (1..=31).contains(&number(&text[8..10]))
}

fn number(digits: &str) -> u32 {
    digits.parse().unwrap_or(0)
}

/// What chrono reads as an RFC 3339 date-time: `2024-01-01T10:00:00.5Z`, `…+02:00`.
fn is_rfc3339(text: &str) -> bool {
    let Some((date, time)) = text.split_once('T') else { return false };
    if !is_date(date) {
        return false;
    }
    let b = time.as_bytes();
    if b.len() < 9 || b[2] != b':' || b[5] != b':' || ![0..2, 3..5, 6..8].into_iter().all(|r| b[r].iter().all(u8::is_ascii_digit)) {
        return false;
    }
    if number(&time[0..2]) > 23 || number(&time[3..5]) > 59 || number(&time[6..8]) > 59 {
        return false;
    }
    let mut rest = &time[8..];
    if let Some(fraction) = rest.strip_prefix('.') {
        let digits = fraction.chars().take_while(char::is_ascii_digit).count();
        if digits == 0 {
            return false;
        }
        rest = &fraction[digits..];
    }
    match rest {
        "Z" => true,
        offset => {
            let o = offset.as_bytes();
            o.len() == 6 && matches!(o[0], b'+' | b'-') && o[3] == b':' && [1..3, 4..6].into_iter().all(|r| o[r].iter().all(u8::is_ascii_digit))
        }
    }
}

/// How deep required fields are followed into nested structs; recursion stops there.
const MINIMAL_DEPTH: usize = 6;

/// A value of type `ty` for a validator to accept: only required fields are filled (with
/// their examples where those fit), read-only ones left out.
pub fn minimal(api: &Api, ty: &TypeRef) -> Value {
    sample_at(api, ty, None, 0)
}

/// A value of type `ty` with every writable field of the top-level object filled: for form
/// bodies, whose fields are all parts a server may want.
pub fn minimal_all_fields(api: &Api, ty: &TypeRef) -> Value {
    let fields = match ty.named().map(|id| &api.type_def(id).kind) {
        Some(TypeKind::Struct(s)) => &s.fields,
        _ => return minimal(api, ty),
    };
    let object = fields.iter().filter(|f| !f.read_only).map(|f| (f.json_name.clone(), field_sample(api, f, 0))).collect();
    Value::Object(object)
}

/// A value for something with this type, format and example (a parameter or field).
pub fn minimal_argument(api: &Api, ty: &TypeRef, format: Option<&str>, example: Option<&Value>) -> Value {
    match example {
        Some(example) if fits(api, example, ty) && has_format(format, example) && listed(api, ty, example) => example.clone(),
        _ => sample_at(api, ty, format, 0),
    }
}

/// Whether an example of an enum is one of its values: the crate reads any string, a validator
/// does not.
fn listed(api: &Api, ty: &TypeRef, example: &Value) -> bool {
    match ty {
        TypeRef::Named(id) => match &api.type_def(*id).kind {
            TypeKind::Enum(e) => example.as_str().is_some_and(|text| e.variants.iter().any(|v| v.value == text)),
            TypeKind::Alias(inner) => listed(api, inner, example),
            _ => true,
        },
        _ => true,
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
        Some("date-time") => is_rfc3339(text),
        Some("date") => is_date(text),
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
        TypeRef::Array(inner) if depth < MINIMAL_DEPTH => json!([sample_at(api, inner, format, depth + 1)]),
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
        Some(example)
            if fits(api, example, &field.ty)
                && has_format(field.format.as_deref(), example)
                && listed(api, &field.ty, example)
                && depth + 1 < MINIMAL_DEPTH =>
        {
            example.clone()
        }
        _ if field.nullable && depth + 1 >= MINIMAL_DEPTH => Value::Null,
        _ => sample_at(api, &field.ty, field.format.as_deref(), depth + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_times_are_what_chrono_reads() {
        assert!(is_rfc3339("2024-01-01T00:00:00Z"));
        assert!(is_rfc3339("2020-05-19T13:49:37.385Z"));
        assert!(is_rfc3339("2020-05-19T13:49:37+02:00"));
        assert!(!is_rfc3339("2020-05-19"));
        assert!(!is_rfc3339("2020-05-19T13:49Z"));
        assert!(!is_rfc3339("6 Months from created date"));
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2024-13-01"));
    }

    #[test]
    fn examples_in_the_wrong_format_are_not_sent() {
        assert!(has_format(Some("uuid"), &json!("2c918083-5d2e-5168-015d-32f890ca1581")));
        assert!(!has_format(Some("uuid"), &json!("2c9180835d2e5168015d32f890ca1581")));
        assert!(!has_format(Some("date-time"), &json!("6 Months from created date")));
        assert!(has_format(None, &json!("anything")));
    }
}
