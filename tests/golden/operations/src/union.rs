//! Which alternative of a union (`oneOf`/`anyOf`) a JSON value is: chosen by evidence, never
//! by trying each in turn. The spec gives no discriminators, and the crate reads structs
//! leniently (every member may be missing), so "the first alternative that decodes" would
//! take every object for the first struct and drop the members meant for another.
//!
//! An object goes to an alternative that fits it: every required member is there (unless the
//! object names the alternative, see below), no member
//! has a value the alternative cannot read (a kind it cannot take, or an enum value the spec
//! does not list), and every member is declared by it, or it allows undeclared ones. Of those,
//! an alternative the object names wins (where the spec makes plain which member names the
//! alternative: a string member each alternative declares with an example of its own, such as
//! an access item's `accessType`), then the one that declares the most of the object's
//! members; the spec's order breaks ties.
//! Failing an exact fit, an alternative that does not forbid undeclared members and declares
//! at least one of the object's takes it, and keeps the rest as undeclared members. A value no
//! alternative fits is kept whole, as JSON, in the union's catch-all variant.
#![allow(dead_code)]

use serde_json::Value;

/// The kinds of JSON value a member reads, as bits: `null` is read by every member, as absent.
pub(crate) type Kinds = u8;

pub(crate) const BOOLEAN: Kinds = 1;

pub(crate) const NUMBER: Kinds = 2;

pub(crate) const STRING: Kinds = 4;

pub(crate) const ARRAY: Kinds = 8;

pub(crate) const OBJECT: Kinds = 16;

pub(crate) const ANY: Kinds = BOOLEAN | NUMBER | STRING | ARRAY | OBJECT;

/// What one alternative of a union takes, as the spec declares it.
pub(crate) enum Alternative {
    /// An object with declared members.
    Object(Object),
    /// Any object: a map, or an object the spec leaves open.
    AnyObject,
    /// Any value: untyped JSON, or another union, which decides for itself.
    Any,
    String,
    /// A whole number.
    Integer,
    /// Any number.
    Number,
    Boolean,
    Array,
}

/// A struct alternative: its declared members and whether it takes undeclared ones.
pub(crate) struct Object {
    pub members: &'static [Member],
    /// The spec allows undeclared members (`additionalProperties`).
    pub open: bool,
    /// The spec forbids them (`additionalProperties: false`).
    pub closed: bool,
    /// The member that names the alternative, and the value that names this one.
    pub tag: Option<(&'static str, &'static str)>,
}

/// A declared member of a struct alternative.
pub(crate) struct Member {
    pub name: &'static str,
    pub required: bool,
    /// The kinds of value the member reads.
    pub kinds: Kinds,
    /// The values the member takes when it is an enum; empty when it takes any.
    pub values: &'static [&'static str],
}

impl Member {
    pub(crate) const fn new(
        name: &'static str,
        required: bool,
        kinds: Kinds,
        values: &'static [&'static str],
    ) -> Self {
        Member {
            name,
            required,
            kinds,
            values,
        }
    }

    fn reads(&self, value: &Value) -> bool {
        match value {
            Value::Null => true,
            Value::String(text) => {
                self.kinds & STRING != 0
                    && (self.values.is_empty() || self.values.contains(&text.as_str()))
            }
            other => self.kinds & kind(other) != 0,
        }
    }
}

fn kind(value: &Value) -> Kinds {
    match value {
        Value::Null => 0,
        Value::Bool(_) => BOOLEAN,
        Value::Number(_) => NUMBER,
        Value::String(_) => STRING,
        Value::Array(_) => ARRAY,
        Value::Object(_) => OBJECT,
    }
}

/// How well an alternative fits a value: lower sorts first.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Fit {
    /// The value does not name the alternative (see [`Object::tag`]).
    unnamed: bool,
    /// 0: exactly; 1: with undeclared members kept aside; 2: as any value of its kind.
    tier: u8,
    /// How many of the value's members the alternative declares: more sort first.
    matched: std::cmp::Reverse<usize>,
    index: usize,
}

/// The alternatives that can take `value`, best first: the union decodes the first of them
/// that reads it, and keeps the value whole when none does.
pub(crate) fn ranked(value: &Value, alternatives: &[Alternative]) -> Vec<usize> {
    let mut fits: Vec<Fit> = alternatives
        .iter()
        .enumerate()
        .filter_map(|(index, alternative)| fit(value, alternative, index))
        .collect();
    fits.sort();
    fits.into_iter().map(|fit| fit.index).collect()
}

fn fit(value: &Value, alternative: &Alternative, index: usize) -> Option<Fit> {
    let fit = |tier, matched| Some(Fit {
        unnamed: true,
        tier,
        matched: std::cmp::Reverse(matched),
        index,
    });
    match (alternative, value) {
        (Alternative::Object(object), Value::Object(members)) => {
            let missing = object
                .members
                .iter()
                .any(|m| m.required && !members.contains_key(m.name));
            let mut matched = 0;
            for (name, member_value) in members {
                match object.members.iter().find(|m| m.name == name) {
                    Some(member) if member.reads(member_value) => matched += 1,
                    Some(_) => return None,
                    None => {}
                }
            }
            let undeclared = members.len() - matched;
            let named = object
                .tag
                .is_some_and(|(name, tag)| {
                    members.get(name).and_then(Value::as_str) == Some(tag)
                });
            let fits = if missing && !named {
                None
            } else if undeclared == 0 || object.open {
                fit(0, matched)
            } else if !object.closed && matched > 0 {
                fit(1, matched)
            } else {
                None
            };
            fits.map(|fit| Fit { unnamed: !named, ..fit })
        }
        (Alternative::AnyObject, Value::Object(_)) | (Alternative::Any, _) => fit(2, 0),
        (Alternative::String, Value::String(_))
        | (Alternative::Boolean, Value::Bool(_))
        | (Alternative::Array, Value::Array(_)) => fit(0, 0),
        (
            Alternative::Integer,
            Value::Number(number),
        ) if number.is_i64() || number.is_u64() => fit(0, 0),
        (Alternative::Number, Value::Number(number)) => {
            fit(if number.is_f64() { 0 } else { 1 }, 0)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const SCHEDULED: Alternative = Alternative::Object(Object {
        members: &[
            Member::new("frequency", true, STRING, &["daily", "weekly"]),
            Member::new("timeZone", false, STRING, &[]),
        ],
        open: false,
        closed: true,
        tag: None,
    });

    const EVENT: Alternative = Alternative::Object(Object {
        members: &[
            Member::new("id", true, STRING, &[]),
            Member::new("filter.$", false, STRING, &[]),
        ],
        open: false,
        closed: true,
        tag: None,
    });

    const EXTERNAL: Alternative = Alternative::Object(Object {
        members: &[
            Member::new("name", false, STRING, &[]),
            Member::new("url", false, STRING, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    });

    #[test]
    fn an_object_goes_to_the_alternative_that_declares_its_members() {
        let alternatives = [SCHEDULED, EVENT, EXTERNAL];
        assert_eq!(
            ranked(& json!({ "id" : "idn:x", "filter.$" : "$.a" }), & alternatives), [1]
        );
        assert_eq!(ranked(& json!({ "name" : "n", "url" : "u" }), & alternatives), [2]);
        assert_eq!(ranked(& json!({ "frequency" : "daily" }), & alternatives), [0]);
    }

    #[test]
    fn enum_values_required_members_and_closed_objects_are_evidence() {
        let alternatives = [SCHEDULED, EVENT, EXTERNAL];
        assert!(ranked(& json!({ "frequency" : "hourly" }), & alternatives).is_empty());
        assert_eq!(ranked(& json!({ "url" : "u", "new" : 1 }), & alternatives), [2]);
        assert!(ranked(& json!({ "id" : "x", "new" : 1 }), & alternatives).is_empty());
        assert_eq!(ranked(& json!({ "id" : null }), & alternatives), [1]);
    }

    #[test]
    fn the_closest_fit_wins_and_the_spec_order_breaks_ties() {
        let alternatives = [EXTERNAL, Alternative::AnyObject, EVENT];
        assert_eq!(ranked(& json!({ "id" : "x" }), & alternatives), [2, 1]);
        assert_eq!(ranked(& json!({}), & alternatives), [0, 1]);
    }

    #[test]
    fn a_value_that_names_its_alternative_goes_there() {
        const MEMBERS: &[Member] = &[
            Member::new("accessType", false, ANY, &[]),
            Member::new("id", false, ANY, &[]),
        ];
        let tagged = |tag| Alternative::Object(Object {
            members: MEMBERS,
            open: false,
            closed: false,
            tag: Some(("accessType", tag)),
        });
        let alternatives = [tagged("accessProfile"), tagged("role")];
        assert_eq!(
            ranked(& json!({ "accessType" : "role", "id" : "r" }), & alternatives), [1,
            0]
        );
        assert_eq!(
            ranked(& json!({ "accessType" : "app", "id" : "a" }), & alternatives), [0, 1]
        );
        const STRICT: &[Member] = &[
            Member::new("accessType", false, ANY, &[]),
            Member::new("id", true, ANY, &[]),
        ];
        let strict = |tag| Alternative::Object(Object {
            members: STRICT,
            open: false,
            closed: false,
            tag: Some(("accessType", tag)),
        });
        assert_eq!(
            ranked(& json!({ "accessType" : "role" }), & [strict("accessProfile"),
            strict("role")]), [1]
        );
    }

    #[test]
    fn scalars_go_to_their_kind() {
        let alternatives = [
            Alternative::Number,
            Alternative::Integer,
            Alternative::String,
            Alternative::Any,
        ];
        assert_eq!(ranked(& json!(3), & alternatives), [1, 0, 3]);
        assert_eq!(ranked(& json!(3.5), & alternatives), [0, 3]);
        assert_eq!(ranked(& json!("a"), & alternatives), [2, 3]);
        assert_eq!(
            ranked(& json!(true), & [Alternative::String, Alternative::Boolean]), [1]
        );
        assert!(ranked(& json!([1]), & [Alternative::String]).is_empty());
    }
}
