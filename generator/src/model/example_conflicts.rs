//! The spec's examples checked against the types they illustrate. SailPoint's examples are
//! often pasted from real responses, so where one contradicts its schema, servers may well send
//! what the example shows. Every contradiction is reported; where the example shows a reading
//! the type can take without losing anything, the type takes it too:
//! - one item where an array is declared: the field also reads a lone item as a list of one;
//! - an array of items where one item is declared: the field becomes a list, and still reads
//!   a lone item;
//! - an integer too big for `int32`: the field becomes 64-bit;
//! - something else where an untyped object is declared: the field holds any JSON.
//!
//! (An object or array where a string is declared needs nothing here: the crate keeps its
//! JSON text.) What is still contradicted afterwards is marked, so that the end-to-end run
//! knows which responses a mock serving the examples cannot serve readably.

use std::collections::HashSet;

use serde_json::Value;

use super::conformance::{Conflict, Reading, conflict, field_conflict};
use super::patterns;
use super::{Api, BodyKind, Field, TypeId, TypeKind, TypeRef, Widening};
use crate::error::Warnings;

/// How many remedies one example may need (one per level it departs at).
const MAX_REMEDIES: usize = 4;

/// Reports every example that contradicts its type, widens the types the examples show to be
/// too narrow, and marks what stays contradicted.
pub fn reconcile(api: &mut Api, warnings: &mut Warnings) {
    // Widening changes fields' types, never which fields have examples.
    let places = example_fields(api);
    report(api, &places, warnings);
    for &place in &places {
        widen(api, place);
    }
    mark_contradicted(api, &places);
    let contested = contested_types(api);
    for index in 0..api.operations.len() {
        api.operations[index].example_contradicts_response =
            response_contradicted(api, index, &contested);
    }
}

/// Every struct field that has an example: its type's index and its own.
fn example_fields(api: &Api) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (type_index, def) in api.types.iter().enumerate() {
        if let TypeKind::Struct(s) = &def.kind {
            found.extend(
                s.fields
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| f.example.is_some())
                    .map(|(i, _)| (type_index, i)),
            );
        }
    }
    found
}

fn field(api: &Api, (type_index, field_index): (usize, usize)) -> &Field {
    match &api.types[type_index].kind {
        TypeKind::Struct(s) => &s.fields[field_index],
        _ => unreachable!("example_fields lists struct fields only"),
    }
}

fn field_mut(api: &mut Api, (type_index, field_index): (usize, usize)) -> &mut Field {
    match &mut api.types[type_index].kind {
        TypeKind::Struct(s) => &mut s.fields[field_index],
        _ => unreachable!("example_fields lists struct fields only"),
    }
}

/// Warns about each example that is not strictly of its type, as the spec states it.
fn report(api: &Api, places: &[(usize, usize)], warnings: &mut Warnings) {
    for &place in places {
        let (def, field) = (&api.types[place.0], field(api, place));
        let at = (def.origin.child("properties"))
            .child(&field.json_name)
            .child("example");
        if let Some(example) = &field.example {
            warn(
                api,
                field_conflict(api, field, example, Reading::Strict),
                &at,
                warnings,
            );
            if let (Some(pattern), Some(text)) = (&field.pattern, example.as_str())
                && !patterns::matches(pattern, text)
            {
                warnings.push(
                    &at,
                    format!("the example {text:?} does not match the field's pattern `{pattern}`"),
                );
            }
        }
    }
    for (index, def) in api.types.iter().enumerate() {
        if let Some(example) = &def.example {
            let at = def.origin.child("example");
            warn(
                api,
                conflict(
                    api,
                    example,
                    &TypeRef::Named(TypeId(index)),
                    Reading::Strict,
                ),
                &at,
                warnings,
            );
        }
    }
    for operation in &api.operations {
        for response in &operation.responses {
            for content in response
                .contents
                .iter()
                .filter(|c| c.kind == BodyKind::Json)
            {
                if let Some(example) = &content.example {
                    let at = format!(
                        "{} response {} ({})",
                        operation.operation_id,
                        response.status.label(),
                        content.media_type
                    );
                    warn(
                        api,
                        conflict(api, example, &content.ty, Reading::Strict),
                        &at,
                        warnings,
                    );
                }
            }
        }
    }
}

fn warn(
    api: &Api,
    conflict: Option<Conflict>,
    at: &impl std::fmt::Display,
    warnings: &mut Warnings,
) {
    let Some(Conflict {
        path,
        expected,
        found,
        ..
    }) = conflict
    else {
        return;
    };
    let place = if path.is_empty() {
        String::new()
    } else {
        format!(" at `{path}`")
    };
    let found = found.map_or("nothing (a required member is missing)".to_string(), kind);
    warnings.push(
        at,
        format!(
            "the example{place} is {found}, where the schema declares {}",
            describe(api, &expected)
        ),
    );
}

/// Applies the remedies a field's example calls for, one departure at a time; stops at the
/// first it has none for (or one that would change nothing, behind an alias).
fn widen(api: &mut Api, place: (usize, usize)) {
    for _ in 0..MAX_REMEDIES {
        let this = field(api, place);
        let Some(example) = this.example.clone() else {
            return;
        };
        let Some(found) = field_conflict(api, this, &example, Reading::Lenient) else {
            return;
        };
        let Some((widening, target)) = remedy(api, place, &found) else {
            return;
        };
        let target = field_mut(api, target);
        let widened = match widening {
            Widening::LoneItem if matches!(target.ty, TypeRef::Array(_)) && !target.boxed => {
                target.ty.clone()
            }
            Widening::LoneItem => return,
            // A list breaks a cycle as a box does.
            Widening::List => {
                target.boxed = false;
                TypeRef::Array(Box::new(target.ty.clone()))
            }
            Widening::Int64 => replaced(&target.ty, &TypeRef::Int32, &TypeRef::Int64),
            Widening::AnyJson => replaced(&target.ty, &TypeRef::JsonObject, &TypeRef::Json),
        };
        if (widening != Widening::LoneItem && widened == target.ty)
            || target.widenings.contains(&widening)
        {
            return;
        }
        target.ty = widened;
        target.widenings.push(widening);
    }
}

/// The widening a departure calls for, and the field it applies to (`place`, or the innermost
/// field holding the departure).
fn remedy(
    api: &Api,
    place: (usize, usize),
    found: &Conflict,
) -> Option<(Widening, (usize, usize))> {
    let owner = found.field.map_or(place, |(id, index)| (id.0, index));
    let at_field = found.path.is_empty();
    let recognisable =
        |value: &Value, ty: &TypeRef| conflict(api, value, ty, Reading::Recognisable).is_none();
    match (&found.expected, found.found?) {
        (TypeRef::Array(item), value) if at_field && recognisable(value, item) => {
            Some((Widening::LoneItem, place))
        }
        (ty, Value::Array(items))
            if at_field && !items.is_empty() && items.iter().all(|i| recognisable(i, ty)) =>
        {
            Some((Widening::List, place))
        }
        (TypeRef::Int32, value) if value.is_i64() || value.is_u64() => {
            Some((Widening::Int64, owner))
        }
        (TypeRef::JsonObject, _) => Some((Widening::AnyJson, owner)),
        _ => None,
    }
}

/// `ty` with `from` replaced by `to` wherever it stands in it.
fn replaced(ty: &TypeRef, from: &TypeRef, to: &TypeRef) -> TypeRef {
    match ty {
        ty if ty == from => to.clone(),
        TypeRef::Array(inner) => TypeRef::Array(Box::new(replaced(inner, from, to))),
        TypeRef::Map(inner) => TypeRef::Map(Box::new(replaced(inner, from, to))),
        other => other.clone(),
    }
}

/// Marks the fields whose example or default the crate still cannot read. Prism (5.14) serves
/// a field's default before its example, so where a field has a default its example does not
/// matter (and a default the type cannot take was marked when it was read).
fn mark_contradicted(api: &mut Api, places: &[(usize, usize)]) {
    for &place in places {
        let this = field(api, place);
        if this.default.is_some() || this.contradicted {
            continue;
        }
        let contradicted = this
            .example
            .as_ref()
            .is_some_and(|example| field_conflict(api, this, example, Reading::Lenient).is_some());
        field_mut(api, place).contradicted = contradicted;
    }
}

/// The types whose own example the crate cannot read.
fn contested_types(api: &Api) -> HashSet<TypeId> {
    (0..api.types.len())
        .map(TypeId)
        .filter(|&id| {
            api.type_def(id)
                .example
                .as_ref()
                .is_some_and(|e| conflict(api, e, &TypeRef::Named(id), Reading::Lenient).is_some())
        })
        .collect()
}

/// Whether what a mock serves for the operation's success, built from the spec's examples,
/// is something the crate cannot read.
fn response_contradicted(api: &Api, index: usize, contested: &HashSet<TypeId>) -> bool {
    let operation = &api.operations[index];
    operation
        .success_responses()
        .flat_map(|r| &r.contents)
        .filter(|c| c.kind == BodyKind::Json)
        .any(|content| match &content.example {
            Some(example) => conflict(api, example, &content.ty, Reading::Lenient).is_some(),
            None => reaches_contradiction(api, &content.ty, contested, &mut HashSet::new()),
        })
}

/// Whether a value of `ty` built from the spec's examples, as a mock builds it (a field's
/// default, else its example, in place of its type's), holds one the crate cannot read.
fn reaches_contradiction(
    api: &Api,
    ty: &TypeRef,
    contested: &HashSet<TypeId>,
    seen: &mut HashSet<TypeId>,
) -> bool {
    match ty {
        TypeRef::Array(inner) | TypeRef::Map(inner) => {
            reaches_contradiction(api, inner, contested, seen)
        }
        TypeRef::Named(id) if contested.contains(id) => true,
        TypeRef::Named(id) if !seen.insert(*id) => false,
        // A mock uses a type's own example rather than building one from its parts.
        TypeRef::Named(id) if api.type_def(*id).example.is_some() => false,
        TypeRef::Named(id) => match &api.type_def(*id).kind {
            TypeKind::Struct(s) => {
                let fields = s.fields.iter().filter(|f| !f.write_only).any(|f| {
                    f.contradicted
                        || f.example.is_none()
                            && f.default.is_none()
                            && reaches_contradiction(api, &f.ty, contested, seen)
                });
                fields
                    || s.additional
                        .as_ref()
                        .is_some_and(|a| reaches_contradiction(api, a, contested, seen))
            }
            // A mock takes the spec's first alternative; the model has reordered them, so any.
            TypeKind::Union(u) => u
                .variants
                .iter()
                .any(|v| reaches_contradiction(api, &v.ty, contested, seen)),
            TypeKind::Alias(target) => reaches_contradiction(api, target, contested, seen),
            TypeKind::Enum(_) => false,
        },
        _ => false,
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::model::test_support::{api_of, field, named, struct_of};

    #[test]
    fn examples_widen_types_only_where_nothing_is_lost_and_the_rest_is_marked() {
        let mut api = api_of(vec![
            struct_of(vec![
                field(
                    "tags",
                    TypeRef::Array(Box::new(TypeRef::String)),
                    Some(json!("solo")),
                ),
                field("owners", named(1), Some(json!([{"id": "a"}, {"id": "b"}]))),
                field("hash", TypeRef::Int32, Some(json!(2843118224_u64))),
                field(
                    "details",
                    TypeRef::JsonObject,
                    Some(json!("message details")),
                ),
                field(
                    "created",
                    TypeRef::DateTime,
                    Some(json!("2020-09-07T42:14:00.364Z")),
                ),
                field("name", TypeRef::String, Some(json!("fine"))),
                field("count", TypeRef::Int32, Some(json!([]))),
                field("input", named(2), Some(json!("text"))),
            ]),
            struct_of(vec![field("id", TypeRef::String, None)]),
            TypeKind::Alias(TypeRef::JsonObject),
        ]);
        let mut warnings = Warnings::default();
        reconcile(&mut api, &mut warnings);
        let TypeKind::Struct(s) = &api.types[0].kind else {
            unreachable!()
        };
        let seen: Vec<(&str, &TypeRef, &[Widening], bool)> = s
            .fields
            .iter()
            .map(|f| {
                (
                    f.json_name.as_str(),
                    &f.ty,
                    f.widenings.as_slice(),
                    f.contradicted,
                )
            })
            .collect();
        let strings = TypeRef::Array(Box::new(TypeRef::String));
        let owners = TypeRef::Array(Box::new(named(1)));
        assert_eq!(
            seen,
            [
                ("tags", &strings, &[Widening::LoneItem][..], false),
                ("owners", &owners, &[Widening::List][..], false),
                ("hash", &TypeRef::Int64, &[Widening::Int64][..], false),
                ("details", &TypeRef::Json, &[Widening::AnyJson][..], false),
                ("created", &TypeRef::DateTime, &[][..], true),
                ("name", &TypeRef::String, &[][..], false),
                // An empty list is no evidence of a list; an alias is not widened through.
                ("count", &TypeRef::Int32, &[][..], true),
                ("input", &named(2), &[][..], true),
            ]
        );
        let warnings = warnings.finish();
        assert_eq!(warnings.len(), 7, "{warnings:#?}");
        assert!(
            warnings
                .iter()
                .all(|w| w.location.starts_with("t0.yaml#/properties/")
                    && w.location.ends_with("/example"))
        );
        assert!(warnings.iter().any(|w| w.message
            == "the example is the number 2843118224, where the schema declares a 32-bit integer"));
    }
}
