//! Whether a JSON value is of a model type, and if not, where it departs from it: for the
//! spec's examples, which are checked against the schemas they illustrate.
//!
//! A value is read one of three ways ([`Reading`]): strictly, as the spec declares the type
//! (what an example should be); leniently, as the generated crate reads a server's response; or
//! leniently but recognisably (an object shares a member with the struct it is read as).

use serde_json::{Map, Value};

use super::{Api, Field, Struct, TypeId, TypeKind, TypeRef};

/// How strictly a value is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// As the spec declares it: what an example should be.
    Strict,
    /// As the generated crate reads a server's response: any non-null value where a field is a
    /// string, `"true"`/`"false"` in any case where it is a boolean, date-times in the shapes
    /// servers send, a missing required member as its type's default where it has one.
    Lenient,
    /// As the crate reads it, and recognisably of the type: an object has some of a struct's
    /// members (the crate would read any object as a struct whose members are all optional).
    Recognisable,
}

/// Where a value departs from its type.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict<'v> {
    /// The place in the value: empty for the whole value, else like `.members[0].id`.
    pub path: String,
    /// The type declared there.
    pub expected: TypeRef,
    /// What is there instead; `None` where a required member is missing.
    pub found: Option<&'v Value>,
    /// The innermost struct field holding the place: its type and index.
    pub field: Option<(TypeId, usize)>,
}

/// Whether `value` is of type `ty` as the spec declares it (the strict reading).
pub fn fits(api: &Api, value: &Value, ty: &TypeRef) -> bool {
    conflict(api, value, ty, Reading::Strict).is_none()
}

/// The first place where `value` is not of type `ty`, or `None` when it is.
pub fn conflict<'v>(
    api: &Api,
    value: &'v Value,
    ty: &TypeRef,
    reading: Reading,
) -> Option<Conflict<'v>> {
    conflict_at(api, value, ty, reading, false)
}

/// The first place where `value` is not what `field` holds: its type, read as a field's (and,
/// leniently, a lone item where the field reads one as a list of one).
pub fn field_conflict<'v>(
    api: &Api,
    field: &Field,
    value: &'v Value,
    reading: Reading,
) -> Option<Conflict<'v>> {
    match &field.ty {
        TypeRef::Array(item)
            if field.reads_lone_item() && reading != Reading::Strict && !value.is_array() =>
        {
            conflict(api, value, item, reading)
        }
        ty => conflict_at(api, value, ty, reading, true),
    }
}

/// `field` says whether `ty` is a struct field's own type: the crate's lenient readers are
/// attached to fields, so only there is a scalar read leniently.
fn conflict_at<'v>(
    api: &Api,
    value: &'v Value,
    ty: &TypeRef,
    reading: Reading,
    field: bool,
) -> Option<Conflict<'v>> {
    let here = || {
        Some(Conflict {
            path: String::new(),
            expected: ty.clone(),
            found: Some(value),
            field: None,
        })
    };
    let scalar = |ok: bool| if ok { None } else { here() };
    let lenient = field && reading != Reading::Strict;
    match ty {
        TypeRef::String => scalar(value.is_string() || lenient && !value.is_null()),
        TypeRef::Bool => scalar(
            value.is_boolean()
                || lenient
                    && value.as_str().is_some_and(|t| {
                        t.eq_ignore_ascii_case("true") || t.eq_ignore_ascii_case("false")
                    }),
        ),
        TypeRef::Int32 => scalar(value.as_i64().is_some_and(|n| i32::try_from(n).is_ok())),
        TypeRef::Int64 => scalar(value.is_i64()),
        TypeRef::Float32 | TypeRef::Float64 => scalar(value.is_number()),
        TypeRef::DateTime if lenient => {
            scalar(value.is_i64() || value.as_str().is_some_and(reads_as_date_time))
        }
        TypeRef::DateTime => scalar(value.as_str().is_some_and(is_rfc3339)),
        TypeRef::Date => scalar(value.as_str().is_some_and(is_date)),
        TypeRef::Binary => scalar(
            value
                .as_array()
                .is_some_and(|items| items.iter().all(|b| b.as_u64().is_some_and(|b| b <= 255))),
        ),
        TypeRef::Json => None,
        TypeRef::JsonObject => scalar(value.is_object()),
        TypeRef::Array(inner) => match value.as_array() {
            Some(items) => items.iter().enumerate().find_map(|(i, item)| {
                within(format!("[{i}]"), conflict(api, item, inner, reading))
            }),
            None => here(),
        },
        TypeRef::Map(inner) => match value.as_object() {
            Some(members) => members
                .iter()
                .find_map(|(name, v)| within(member(name), conflict(api, v, inner, reading))),
            None => here(),
        },
        TypeRef::Named(id) => match &api.type_def(*id).kind {
            TypeKind::Struct(s) => match value.as_object() {
                Some(members) => struct_conflict(api, value, members, *id, s, reading),
                None => here(),
            },
            TypeKind::Enum(_) => scalar(value.is_string()),
            // The crate keeps a value no alternative takes in the union's catch-all.
            TypeKind::Union(u) if reading != Reading::Strict && u.catch_all.is_some() => None,
            TypeKind::Union(u) => scalar(
                u.variants
                    .iter()
                    .any(|v| conflict(api, value, &v.ty, reading).is_none()),
            ),
            TypeKind::Alias(target) => conflict(api, value, target, reading),
        },
    }
}

fn struct_conflict<'v>(
    api: &Api,
    value: &'v Value,
    members: &'v Map<String, Value>,
    id: TypeId,
    s: &Struct,
    reading: Reading,
) -> Option<Conflict<'v>> {
    // Every member may be optional, so any object would decode; one that has none of the
    // struct's members is still another thing.
    let strangers = reading != Reading::Lenient
        && !members.is_empty()
        && s.additional.is_none()
        && !s.fields.is_empty();
    if strangers && !s.fields.iter().any(|f| members.contains_key(&f.json_name)) {
        return Some(Conflict {
            path: String::new(),
            expected: TypeRef::Named(id),
            found: Some(value),
            field: None,
        });
    }
    let strict = reading == Reading::Strict;
    let field = s.fields.iter().enumerate().find_map(|(index, field)| {
        let inside = match members.get(&field.json_name) {
            // A required member the crate reads into an `Option` is still required by the spec.
            None | Some(Value::Null) if field.is_option() && !(strict && field.absent_as_none) => {
                None
            }
            // The crate reads a missing or null required member as its type's default.
            None | Some(Value::Null) if !strict && has_default(api, &field.ty) => None,
            None => Some(Conflict {
                path: String::new(),
                expected: field.ty.clone(),
                found: None,
                field: None,
            }),
            Some(value) => field_conflict(api, field, value, reading),
        };
        within(member(&field.json_name), inside).map(|c| Conflict {
            field: c.field.or(Some((id, index))),
            ..c
        })
    });
    let additional = || {
        let additional = s.additional.as_ref()?;
        members
            .iter()
            .filter(|(name, _)| !s.fields.iter().any(|f| &f.json_name == *name))
            .find_map(|(name, value)| {
                within(member(name), conflict(api, value, additional, reading))
            })
    };
    field.or_else(additional)
}

/// Whether the Rust type of `ty` implements `Default`.
pub fn has_default(api: &Api, ty: &TypeRef) -> bool {
    super::absence::default_of(api, ty).is_some()
}

/// A conflict inside a member or item, with its place prefixed.
fn within<'v>(prefix: String, inner: Option<Conflict<'v>>) -> Option<Conflict<'v>> {
    inner.map(|c| Conflict {
        path: prefix + &c.path,
        ..c
    })
}

fn member(name: &str) -> String {
    format!(".{name}")
}

/// The zones the runtime's `datetime` module reads in Java's `Date.toString()` form.
const JAVA_ZONES: [&str; 10] = [
    "UTC", "GMT", "EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST",
];

/// The date-time shapes the crate reads besides RFC 3339: without an offset, a bare date,
/// Java's `Date.toString()` (`Mon Aug 21 14:57:39 CDT 2023`).
fn reads_as_date_time(text: &str) -> bool {
    if is_rfc3339(text) || is_date(text) {
        return true;
    }
    let local = text.len() > 11
        && text.get(..10).is_some_and(is_date)
        && matches!(text.as_bytes()[10], b'T' | b' ')
        && text.get(11..).is_some_and(is_time);
    let parts: Vec<&str> = text.split_whitespace().collect();
    let java = matches!(parts.as_slice(), [_, _, _, time, zone, _] if is_time(time)
        && JAVA_ZONES.contains(zone));
    local || java
}

/// `HH:MM:SS` with an optional fraction and nothing after it.
fn is_time(text: &str) -> bool {
    is_time_prefix(text).is_some_and(str::is_empty)
}

/// After a valid `HH:MM:SS[.fff]`, the rest of `text`.
fn is_time_prefix(text: &str) -> Option<&str> {
    let b = text.as_bytes();
    if b.len() < 8
        || b[2] != b':'
        || b[5] != b':'
        || ![0..2, 3..5, 6..8]
            .into_iter()
            .all(|r| b[r].iter().all(u8::is_ascii_digit))
    {
        return None;
    }
    if number(&text[0..2]) > 23 || number(&text[3..5]) > 59 || number(&text[6..8]) > 59 {
        return None;
    }
    let rest = &text[8..];
    match rest.strip_prefix('.') {
        Some(fraction) => {
            let digits = fraction.chars().take_while(char::is_ascii_digit).count();
            (digits > 0).then(|| &fraction[digits..])
        }
        None => Some(rest),
    }
}

/// `YYYY-MM-DD`, with plausible numbers.
pub(super) fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0..4, 5..7, 8..10]
            .into_iter()
            .all(|r| b[r].iter().all(u8::is_ascii_digit))
        && (1..=12).contains(&number(&text[5..7]))
        && (1..=31).contains(&number(&text[8..10]))
}

fn number(digits: &str) -> u32 {
    digits.parse().unwrap_or(0)
}

/// What chrono reads as an RFC 3339 date-time: `2024-01-01T10:00:00.5Z`, `…+02:00`.
pub(super) fn is_rfc3339(text: &str) -> bool {
    let Some((date, time)) = text.split_once('T') else {
        return false;
    };
    if !is_date(date) {
        return false;
    }
    match is_time_prefix(time) {
        Some("Z") => true,
        Some(offset) => {
            let o = offset.as_bytes();
            o.len() == 6
                && matches!(o[0], b'+' | b'-')
                && o[3] == b':'
                && [1..3, 4..6]
                    .into_iter()
                    .all(|r| o[r].iter().all(u8::is_ascii_digit))
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::model::test_support::{api_of, field, named, required, struct_of};

    fn array(ty: TypeRef) -> TypeRef {
        TypeRef::Array(Box::new(ty))
    }

    #[test]
    fn the_java_zones_are_the_ones_the_runtime_reads() {
        let runtime = include_str!("../../../runtime/src/datetime.rs");
        for zone in JAVA_ZONES {
            assert!(
                runtime.contains(&format!("\"{zone}\"")),
                "{zone} is not in the runtime's datetime.rs"
            );
        }
    }

    #[test]
    fn a_conflict_names_its_place_the_type_declared_there_and_its_field() {
        let api = api_of(vec![struct_of(vec![field(
            "items",
            array(TypeRef::Int32),
            None,
        )])]);
        let value = json!({"items": [1, "two"]});
        let found = conflict(&api, &value, &named(0), Reading::Strict).unwrap();
        assert_eq!(
            (found.path.as_str(), &found.expected, found.found),
            (".items[1]", &TypeRef::Int32, Some(&json!("two")))
        );
        assert_eq!(found.field, Some((TypeId(0), 0)));
        assert!(conflict(&api, &json!({"items": [1, 2]}), &named(0), Reading::Strict).is_none());
    }

    #[test]
    fn a_lenient_reading_is_what_the_crate_reads_from_a_server() {
        let api = api_of(vec![struct_of(vec![
            field("name", TypeRef::String, None),
            field("tags", array(TypeRef::String), None),
            required(field("count", TypeRef::Int32, None)),
            required(field("at", TypeRef::DateTime, None)),
        ])]);
        let number_for_a_string = json!({"name": 5, "at": "2024-03-22 16:32:16", "count": 1});
        assert!(conflict(&api, &number_for_a_string, &named(0), Reading::Strict).is_some());
        assert!(conflict(&api, &number_for_a_string, &named(0), Reading::Lenient).is_none());
        // Only a field's own scalar is read leniently: list items are not.
        let number_in_a_list = json!({"tags": [5], "at": "2024-03-22T16:32:16Z"});
        assert_eq!(
            conflict(&api, &number_in_a_list, &named(0), Reading::Lenient)
                .unwrap()
                .path,
            ".tags[0]"
        );
        // A missing required member reads as its default where its type has one.
        let missing = json!({"at": "2024-03-22T16:32:16Z"});
        assert_eq!(
            conflict(&api, &missing, &named(0), Reading::Strict)
                .unwrap()
                .found,
            None
        );
        assert!(conflict(&api, &missing, &named(0), Reading::Lenient).is_none());
        assert_eq!(
            conflict(&api, &json!({}), &named(0), Reading::Lenient)
                .unwrap()
                .path,
            ".at"
        );
    }

    #[test]
    fn an_object_with_none_of_a_structs_members_is_not_recognisably_that_struct() {
        let api = api_of(vec![struct_of(vec![field(
            "attributes",
            array(TypeRef::JsonObject),
            None,
        )])]);
        let stranger = json!({"key": "iscPrivacy", "name": "Privacy"});
        assert!(conflict(&api, &stranger, &named(0), Reading::Lenient).is_none());
        assert!(conflict(&api, &stranger, &named(0), Reading::Recognisable).is_some());
        assert!(
            conflict(
                &api,
                &json!({"attributes": []}),
                &named(0),
                Reading::Recognisable
            )
            .is_none()
        );
    }

    #[test]
    fn date_times_are_what_chrono_reads() {
        assert!(is_rfc3339("2024-01-01T00:00:00Z"));
        assert!(is_rfc3339("2020-05-19T13:49:37.385Z"));
        assert!(is_rfc3339("2020-05-19T13:49:37+02:00"));
        assert!(!is_rfc3339("2020-05-19"));
        assert!(!is_rfc3339("2020-05-19T13:49Z"));
        assert!(!is_rfc3339("6 Months from created date"));
        assert!(is_date("2024-02-29"));
        assert!(reads_as_date_time("2024-03-22 16:32:16.308857"));
        assert!(reads_as_date_time("Mon Aug 21 14:57:39 CDT 2023"));
        assert!(!reads_as_date_time("2020-09-07T42:14:00.364Z"));
        assert!(!is_date("2024-13-01"));
    }
}
