//! Whether a JSON value is of a model type, and if not, where it departs from it: for the
//! spec's examples, which are checked against the schemas they illustrate.
//!
//! "Of the type" means the generated crate decodes it as that type, read strictly: the
//! leniencies the crate has for servers (numbers read as strings, dates without an offset) are
//! not what an example should rely on.

use serde_json::{Map, Value};

use super::{Api, Struct, TypeKind, TypeRef};

/// Where a value departs from its type.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict<'v> {
    /// The place in the value: empty for the whole value, else like `.members[0].id`.
    pub path: String,
    /// The type declared there.
    pub expected: TypeRef,
    /// What is there instead; `None` where a required member is missing.
    pub found: Option<&'v Value>,
}

/// Whether the generated crate decodes `value` as `ty`.
pub fn fits(api: &Api, value: &Value, ty: &TypeRef) -> bool {
    conflict(api, value, ty).is_none()
}

/// The first place where `value` is not of type `ty`, or `None` when it is.
pub fn conflict<'v>(api: &Api, value: &'v Value, ty: &TypeRef) -> Option<Conflict<'v>> {
    let here = || Some(Conflict { path: String::new(), expected: ty.clone(), found: Some(value) });
    let scalar = |ok: bool| if ok { None } else { here() };
    match ty {
        TypeRef::String => scalar(value.is_string()),
        TypeRef::Bool => scalar(value.is_boolean()),
        TypeRef::Int32 => scalar(value.as_i64().is_some_and(|n| i32::try_from(n).is_ok())),
        TypeRef::Int64 => scalar(value.is_i64()),
        TypeRef::Float32 | TypeRef::Float64 => scalar(value.is_number()),
        TypeRef::DateTime => scalar(value.as_str().is_some_and(is_rfc3339)),
        TypeRef::Date => scalar(value.as_str().is_some_and(is_date)),
        TypeRef::Binary => scalar(value.as_array().is_some_and(|items| items.iter().all(|b| b.as_u64().is_some_and(|b| b <= 255)))),
        TypeRef::Json => None,
        TypeRef::JsonObject => scalar(value.is_object()),
        TypeRef::Array(inner) => match value.as_array() {
            Some(items) => items.iter().enumerate().find_map(|(i, item)| within(format!("[{i}]"), conflict(api, item, inner))),
            None => here(),
        },
        TypeRef::Map(inner) => match value.as_object() {
            Some(members) => members.iter().find_map(|(name, v)| within(member(name), conflict(api, v, inner))),
            None => here(),
        },
        TypeRef::Named(id) => match &api.type_def(*id).kind {
            TypeKind::Struct(s) => match value.as_object() {
                Some(members) => struct_conflict(api, members, s),
                None => here(),
            },
            TypeKind::Enum(_) => scalar(value.is_string()),
            TypeKind::Union(u) => scalar(u.variants.iter().any(|v| fits(api, value, &v.ty))),
            TypeKind::Alias(target) => conflict(api, value, target),
        },
    }
}

fn struct_conflict<'v>(api: &Api, members: &'v Map<String, Value>, s: &Struct) -> Option<Conflict<'v>> {
    let field = s.fields.iter().find_map(|field| match members.get(&field.json_name) {
        None | Some(Value::Null) if field.is_option() => None,
        None => Some(Conflict { path: member(&field.json_name), expected: field.ty.clone(), found: None }),
        Some(value) => within(member(&field.json_name), conflict(api, value, &field.ty)),
    });
    let additional = || {
        let additional = s.additional.as_ref()?;
        members
            .iter()
            .filter(|(name, _)| !s.fields.iter().any(|f| &f.json_name == *name))
            .find_map(|(name, value)| within(member(name), conflict(api, value, additional)))
    };
    field.or_else(additional)
}

/// A conflict inside a member or item, with its place prefixed.
fn within<'v>(prefix: String, inner: Option<Conflict<'v>>) -> Option<Conflict<'v>> {
    inner.map(|c| Conflict { path: prefix + &c.path, ..c })
}

fn member(name: &str) -> String {
    format!(".{name}")
}

/// `YYYY-MM-DD`, with plausible numbers.
pub(super) fn is_date(text: &str) -> bool {
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
pub(super) fn is_rfc3339(text: &str) -> bool {
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

}
