//! Sample values: JSON for a type, from the spec's own examples where they fit the type, else
//! built from the examples of the parts (fields, items, alternatives), else a plain value of the
//! type. [`sample`] shows a type (the reference pages); [`minimal`] makes what a validator
//! accepts (the end-to-end calls). Both are one walk over the type (`Sampler`), which its
//! [`Purpose`] steers.
//!
//! "Fits" means the generated crate decodes it as that type ([`fits`]), so an example body that
//! is decoded into its model type in an example program never fails.

use serde_json::{Map, Value, json};

pub use super::conformance::fits;
use super::conformance::{is_date, is_rfc3339};
use super::patterns;
use super::{Api, Field, Struct, TypeId, TypeKind, TypeRef};

/// How deep optional members of nested objects are still filled in; deeper, only required ones.
const OPTIONAL_DEPTH: usize = 2;

/// How deep a sample for a validator follows required fields and array items; deeper, arrays
/// are empty and nullable fields null.
const VALIDATE_DEPTH: usize = 6;

/// A JSON value of type `ty`, or `None` when none can be built (a required member that refers
/// back to a type being built; never for [`Purpose::Validate`]).
pub fn sample(api: &Api, ty: &TypeRef, purpose: Purpose) -> Option<Value> {
    Sampler::new(api, purpose).value(ty, Constraints::default(), 0)
}

/// What a sample is for.
///
/// A sample to show differs from one for a validator in more than its members: its placeholders
/// (`0` rather than `1`, a file as text rather than bytes, a map with a `key`), the examples it
/// takes (a type's own, a field's default) and where it stops (at a cycle rather than a depth).
/// These were two samplers once; the differences are kept so that the output stays the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// To show the type: every member.
    Show,
    /// To send: members the server sets (read-only) left out where they may be.
    Send,
    /// For a validator to accept: only required writable members, strings in their format and
    /// pattern, enums from their values.
    Validate,
}

/// `example` if the crate decodes it as `ty`, else a [`sample`] of `ty`.
pub fn example_or_sample(
    api: &Api,
    ty: &TypeRef,
    example: Option<&Value>,
    purpose: Purpose,
) -> Option<Value> {
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

impl<'a> Sampler<'a> {
    fn new(api: &'a Api, purpose: Purpose) -> Self {
        Sampler {
            api,
            purpose,
            building: Vec::new(),
        }
    }

    fn validating(&self) -> bool {
        self.purpose == Purpose::Validate
    }

    /// The constraints passed on to array items and alias targets: a validator checks them
    /// there too; a shown sample uses a format only on the string that declares it.
    fn passed_on(&self, constraints: Constraints<'a>) -> Constraints<'a> {
        if self.validating() {
            constraints
        } else {
            Constraints::default()
        }
    }

    fn value(&mut self, ty: &TypeRef, constraints: Constraints<'a>, depth: usize) -> Option<Value> {
        let validating = self.validating();
        // A placeholder: the shown one, or the one for a validator.
        let either = |shown: Value, validated: Value| if validating { validated } else { shown };
        Some(match ty {
            TypeRef::String if validating => constraints.string(),
            TypeRef::String => Value::String(string_for(constraints.format).into()),
            TypeRef::Bool => Value::Bool(true),
            TypeRef::Int32 | TypeRef::Int64 => either(json!(0), json!(1)),
            TypeRef::Float32 | TypeRef::Float64 => either(json!(0.0), json!(1.5)),
            TypeRef::DateTime => {
                either(json!("2024-01-01T00:00:00Z"), json!("2024-01-31T12:00:00Z"))
            }
            TypeRef::Date => either(json!("2024-01-01"), json!("2024-01-31")),
            TypeRef::Binary => either(json!("(file contents)"), json!([])),
            TypeRef::Json | TypeRef::JsonObject => json!({}),
            TypeRef::Array(_) if validating && depth >= VALIDATE_DEPTH => json!([]),
            TypeRef::Array(inner) => {
                let item = self.value(inner, self.passed_on(constraints), depth + 1);
                Value::Array(item.into_iter().collect())
            }
            TypeRef::Map(_) if validating => json!({}),
            TypeRef::Map(inner) => {
                let mut map = Map::new();
                if let Some(value) = self.value(inner, Constraints::default(), depth + 1) {
                    map.insert("key".into(), value);
                }
                Value::Object(map)
            }
            TypeRef::Named(id) => return self.named(*id, constraints, depth),
        })
    }

    fn named(&mut self, id: TypeId, constraints: Constraints<'a>, depth: usize) -> Option<Value> {
        let def = self.api.type_def(id);
        let validating = self.validating();
        if !validating {
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
        }
        // A validator's sample counts an alias or a union as a level of depth.
        let inner = if validating { depth + 1 } else { depth };
        self.building.push(id);
        let value = match &def.kind {
            TypeKind::Struct(s) => self.object(s, depth),
            TypeKind::Enum(e) if validating => Some(
                e.variants
                    .first()
                    .map_or(json!("UNKNOWN"), |v| json!(v.value)),
            ),
            TypeKind::Enum(e) => e
                .variants
                .iter()
                .find(|v| !v.value.is_empty())
                .or(e.variants.first())
                .map(|v| Value::String(v.value.clone())),
            TypeKind::Union(u) => u
                .variants
                .iter()
                .find_map(|v| self.value(&v.ty, Constraints::default(), inner))
                .or_else(|| validating.then(|| json!({}))),
            TypeKind::Alias(target) => self.value(target, self.passed_on(constraints), inner),
        };
        self.building.pop();
        value
    }

    fn object(&mut self, s: &'a Struct, depth: usize) -> Option<Value> {
        let mut map = Map::new();
        for field in &s.fields {
            let required = field.is_constructor_arg();
            let skipped = match self.purpose {
                Purpose::Validate => !field.required || field.read_only,
                _ => {
                    !required
                        && ((depth >= OPTIONAL_DEPTH && field.example.is_none())
                            || (field.read_only && self.purpose == Purpose::Send))
                }
            };
            if skipped {
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

    fn field(&mut self, field: &'a Field, depth: usize) -> Option<Value> {
        let constraints = Constraints::of_field(field);
        if self.validating() {
            let deep = depth + 1 >= VALIDATE_DEPTH;
            match &field.example {
                // A widened field's example fits the crate's type, not the spec's, which a
                // validator checks.
                Some(example)
                    if field.widenings.is_empty()
                        && !deep
                        && acceptable(self.api, &field.ty, constraints, example) =>
                {
                    return Some(example.clone());
                }
                _ if field.nullable && deep => return Some(Value::Null),
                _ => {}
            }
        } else {
            for given in [&field.example, &field.default].into_iter().flatten() {
                if useful(given) && fits(self.api, given, &field.ty) {
                    return Some(given.clone());
                }
            }
        }
        self.value(&field.ty, constraints, depth + 1)
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
pub fn useful(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::String(s) => !s.is_empty(),
        Value::Array(items) => !items.is_empty(),
        Value::Object(members) => !members.is_empty(),
        _ => true,
    }
}

/// A value of type `ty` for a validator to accept: only required fields are filled (with
/// their examples where those fit), read-only ones left out.
pub fn minimal(api: &Api, ty: &TypeRef) -> Value {
    sample(api, ty, Purpose::Validate).unwrap_or_default()
}

/// A value of type `ty` with every writable field of the top-level object filled: for form
/// bodies, whose fields are all parts a server may want. Optional structured fields (sent as
/// JSON parts) are left out: a validator reads a form's parts as text, and so reads a JSON
/// part as a string, unless the spec gives the part an encoding style (this one never does).
pub fn minimal_form_fields(api: &Api, ty: &TypeRef) -> Value {
    let fields = match ty.named().map(|id| &api.type_def(id).kind) {
        Some(TypeKind::Struct(s)) => &s.fields,
        _ => return minimal(api, ty),
    };
    let object = fields
        .iter()
        .filter(|f| !f.read_only && (f.required || !api.is_object(&f.ty)))
        .map(|f| {
            let value = Sampler::new(api, Purpose::Validate).field(f, 0);
            (f.json_name.clone(), value.unwrap_or_default())
        })
        .collect();
    Value::Object(object)
}

/// What a string must be besides its type: its format and pattern.
#[derive(Debug, Clone, Copy, Default)]
pub struct Constraints<'a> {
    pub format: Option<&'a str>,
    pub pattern: Option<&'a str>,
}

impl<'a> Constraints<'a> {
    pub fn of_field(field: &'a Field) -> Self {
        Constraints {
            format: field.format.as_deref(),
            pattern: field.pattern.as_deref(),
        }
    }

    /// Whether a string example meets them (validators check formats and patterns).
    fn met_by(self, example: &Value) -> bool {
        let pattern_met = match (self.pattern, example.as_str()) {
            (Some(pattern), Some(text)) => patterns::matches(pattern, text),
            _ => true,
        };
        has_format(self.format, example) && pattern_met
    }

    /// A made-up string: one in the format, or one matching the pattern where it is not.
    fn string(self) -> Value {
        let plain = string_for(self.format);
        match self.pattern {
            Some(pattern) if !patterns::matches(pattern, plain) => {
                json!(patterns::string_matching(pattern).unwrap_or_else(|| plain.into()))
            }
            _ => json!(plain),
        }
    }
}

/// A value for something with this type, constraints and example (a parameter or field).
pub fn minimal_argument(
    api: &Api,
    ty: &TypeRef,
    constraints: Constraints,
    example: Option<&Value>,
) -> Value {
    match example {
        Some(example) if acceptable(api, ty, constraints, example) => example.clone(),
        _ => Sampler::new(api, Purpose::Validate)
            .value(ty, constraints, 0)
            .unwrap_or_default(),
    }
}

/// Whether a validator accepts `example` as a value of `ty` with these constraints.
fn acceptable(api: &Api, ty: &TypeRef, constraints: Constraints, example: &Value) -> bool {
    fits(api, example, ty) && constraints.met_by(example) && listed(api, ty, example)
}

/// Whether an example of an enum is one of its values: the crate reads any string, a validator
/// does not.
fn listed(api: &Api, ty: &TypeRef, example: &Value) -> bool {
    match ty {
        TypeRef::Named(id) => match &api.type_def(*id).kind {
            TypeKind::Enum(e) => example
                .as_str()
                .is_some_and(|text| e.variants.iter().any(|v| v.value == text)),
            TypeKind::Alias(inner) => listed(api, inner, example),
            _ => true,
        },
        _ => true,
    }
}

/// Whether a string example is in the declared format (validators check uuids and dates).
fn has_format(format: Option<&str>, example: &Value) -> bool {
    let Some(text) = example.as_str() else {
        return true;
    };
    match format.map(str::to_ascii_lowercase).as_deref() {
        Some("uuid") => {
            let groups: Vec<&str> = text.split('-').collect();
            groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
                && groups
                    .iter()
                    .all(|g| g.chars().all(|c| c.is_ascii_hexdigit()))
        }
        Some("date-time") => is_rfc3339(text),
        Some("date") => is_date(text),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_in_the_wrong_format_are_not_sent() {
        assert!(has_format(
            Some("uuid"),
            &json!("2c918083-5d2e-5168-015d-32f890ca1581")
        ));
        assert!(!has_format(
            Some("uuid"),
            &json!("2c9180835d2e5168015d32f890ca1581")
        ));
        assert!(!has_format(
            Some("date-time"),
            &json!("6 Months from created date")
        ));
        assert!(has_format(None, &json!("anything")));
    }
}
