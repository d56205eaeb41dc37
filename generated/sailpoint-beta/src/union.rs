//! Which alternative of a union (`oneOf`/`anyOf`) a JSON value is: chosen by evidence, not
//! by taking the first alternative that decodes. The crate reads structs leniently (every
//! member may be missing), so the first struct would take every object and drop the members
//! meant for another.
//!
//! The alternatives that can take a value are ranked, best first, and the first that decodes
//! it wins; a value none takes is kept whole, as JSON, in the union's catch-all variant.
//!
//! An object can go to a struct alternative whose required members it has (unless it names
//! the alternative) and whose members it has with a kind of value they read. First come the
//! alternatives the object names (by the spec's discriminator, or a member that plainly names
//! them, such as an access item's `accessType`); then, in tiers: those that fit exactly (every
//! member declared, or the alternative allows undeclared ones; enum members with values the
//! spec lists), those that fit but for undeclared members or unlisted enum values (kept as they
//! came), those that forbid undeclared members yet declare some of the object's, and last a map
//! or any JSON. Within a tier, the alternative declaring the most of the object's members wins,
//! then the one with the fewest declared members the object lacks, then the spec's order.
//! A scalar or list goes to an alternative of its kind (a whole number to an integer before a
//! float; a string an enum lists to that enum before a plain string).

// A crate's unions use only some kinds of alternative and member.
#![allow(dead_code)]

use serde_json::Value;

/// The kinds of JSON value a member reads, as bits: `null` is read by every member, as absent.
pub type Kinds = u8;
pub const BOOLEAN: Kinds = 1;
pub const NUMBER: Kinds = 2;
pub const STRING: Kinds = 4;
pub const ARRAY: Kinds = 8;
pub const OBJECT: Kinds = 16;
pub const ANY: Kinds = BOOLEAN | NUMBER | STRING | ARRAY | OBJECT;

/// What one alternative of a union takes, as the spec declares it.
pub enum Alternative {
    /// An object with declared members.
    Object(Object),
    /// Any object: a map, or an object the spec leaves open.
    AnyObject,
    /// Any value: untyped JSON, or another union, which decides for itself.
    Any,
    String,
    /// A string enum, with the values the spec lists.
    Enum(&'static [&'static str]),
    /// A whole number.
    Integer,
    /// Any number.
    Number,
    Boolean,
    Array,
}

/// A struct alternative: its declared members and whether it takes undeclared ones.
pub struct Object {
    pub members: &'static [Member],
    /// The spec allows undeclared members (`additionalProperties`).
    pub open: bool,
    /// The spec forbids them (`additionalProperties: false`).
    pub closed: bool,
    /// The member that names the alternative, and the values that name this one.
    pub tag: Option<(&'static str, &'static [&'static str])>,
}

/// A declared member of a struct alternative.
pub struct Member {
    pub name: &'static str,
    pub required: bool,
    /// The kinds of value the member reads.
    pub kinds: Kinds,
    /// The values the member takes when it is an enum; empty when it takes any.
    pub values: &'static [&'static str],
}

impl Member {
    pub const fn new(
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

    /// Whether the member reads `value`: `Some(listed)`, where `listed` is false for an enum
    /// value the spec does not list (read as the enum's `Unknown`), or `None`.
    fn reads(&self, value: &Value) -> Option<bool> {
        match value {
            Value::Null => Some(true),
            Value::String(text) if self.kinds & STRING != 0 => {
                Some(self.values.is_empty() || self.values.contains(&text.as_str()))
            }
            other => (self.kinds & kind(other) != 0).then_some(true),
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
    /// 0: exactly; 1: but for undeclared members or unlisted enum values; 2: though the
    /// alternative forbids undeclared members; 3: as any value of its kind.
    tier: u8,
    /// How many of the value's members the alternative declares: more sort first.
    matched: std::cmp::Reverse<usize>,
    /// How many declared members the value lacks: fewer sort first.
    lacking: usize,
    index: usize,
}

/// The alternatives that can take `value`, best first: the union decodes the first of them
/// that reads it, and keeps the value whole when none does.
pub fn ranked(value: &Value, alternatives: &[Alternative]) -> Vec<usize> {
    let mut fits: Vec<Fit> = alternatives
        .iter()
        .enumerate()
        .filter_map(|(index, alternative)| fit(value, alternative, index))
        .collect();
    fits.sort();
    fits.into_iter().map(|fit| fit.index).collect()
}

fn fit(value: &Value, alternative: &Alternative, index: usize) -> Option<Fit> {
    let scalar = |tier| {
        Some(Fit {
            unnamed: true,
            tier,
            matched: std::cmp::Reverse(0),
            lacking: 0,
            index,
        })
    };
    match (alternative, value) {
        (Alternative::Object(object), Value::Object(members)) => object_fit(object, members, index),
        (Alternative::AnyObject, Value::Object(_)) | (Alternative::Any, _) => scalar(3),
        (Alternative::String, Value::String(_))
        | (Alternative::Boolean, Value::Bool(_))
        | (Alternative::Array, Value::Array(_)) => scalar(0),
        // A listed value goes to its enum before a plain string, an unlisted one after.
        (Alternative::Enum(values), Value::String(text)) => {
            scalar(if values.contains(&text.as_str()) {
                0
            } else {
                1
            })
        }
        // A whole number goes to a whole-number alternative before a floating one.
        (Alternative::Integer, Value::Number(number)) if number.is_i64() || number.is_u64() => {
            scalar(0)
        }
        (Alternative::Number, Value::Number(number)) => scalar(if number.is_f64() { 0 } else { 1 }),
        _ => None,
    }
}

fn object_fit(
    object: &Object,
    members: &serde_json::Map<String, Value>,
    index: usize,
) -> Option<Fit> {
    let named = object.tag.is_some_and(|(name, tags)| {
        members
            .get(name)
            .and_then(Value::as_str)
            .is_some_and(|v| tags.contains(&v))
    });
    // A value that names its alternative is that alternative, even missing a member.
    if !named
        && object
            .members
            .iter()
            .any(|m| m.required && !members.contains_key(m.name))
    {
        return None;
    }
    let (mut matched, mut unlisted) = (0, false);
    for (name, member_value) in members {
        if let Some(member) = object.members.iter().find(|m| m.name == name) {
            unlisted |= !member.reads(member_value)?;
            matched += 1;
        }
    }
    let undeclared = members.len() - matched;
    let tier = match (undeclared == 0 || object.open, object.closed) {
        (true, _) if !unlisted => 0,
        (true, _) | (false, false) if matched > 0 || members.is_empty() => 1,
        (false, true) if matched > 0 => 2,
        _ => return None,
    };
    let lacking = object
        .members
        .iter()
        .filter(|m| !members.contains_key(m.name))
        .count();
    Some(Fit {
        unnamed: !named,
        tier,
        matched: std::cmp::Reverse(matched),
        lacking,
        index,
    })
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
            ranked(&json!({"id": "idn:x", "filter.$": "$.a"}), &alternatives),
            [1]
        );
        assert_eq!(
            ranked(&json!({"name": "n", "url": "u"}), &alternatives),
            [2]
        );
        assert_eq!(ranked(&json!({"frequency": "daily"}), &alternatives), [0]);
    }

    #[test]
    fn required_members_enum_values_and_closed_objects_are_evidence() {
        let alternatives = [SCHEDULED, EVENT, EXTERNAL];
        // No `id` and no `frequency`, and EXTERNAL declares none of the members.
        assert!(ranked(&json!({"cron": "* * *"}), &alternatives).is_empty());
        // A frequency the spec does not list: still a schedule (read as `Unknown`), a tier down.
        assert_eq!(ranked(&json!({"frequency": "hourly"}), &alternatives), [0]);
        // An undeclared member: an alternative that does not forbid them and knows `url` …
        assert_eq!(ranked(&json!({"url": "u", "new": 1}), &alternatives), [2]);
        // … or, a tier down, one that forbids them but declares some of the members.
        assert_eq!(ranked(&json!({"id": "x", "new": 1}), &alternatives), [1]);
        assert_eq!(
            ranked(
                &json!({"name": "n", "new": 1}),
                &[SCHEDULED, EVENT, EXTERNAL, EVENT]
            ),
            [2]
        );
        // Null reads as absent, but a required member must be there.
        assert_eq!(ranked(&json!({"id": null}), &alternatives), [1]);
        // A member of a kind it cannot read rules its alternative out.
        const NUMBERED: Alternative = Alternative::Object(Object {
            members: &[Member::new("n", false, NUMBER, &[])],
            open: false,
            closed: false,
            tag: None,
        });
        assert!(ranked(&json!({"n": "x"}), &[NUMBERED]).is_empty());
    }

    #[test]
    fn of_equal_fits_the_one_lacking_fewest_members_wins() {
        const FULL: Alternative = Alternative::Object(Object {
            members: &[
                Member::new("id", false, ANY, &[]),
                Member::new("owner", false, ANY, &[]),
                Member::new("stats", false, ANY, &[]),
            ],
            open: false,
            closed: false,
            tag: None,
        });
        const SLIM: Alternative = Alternative::Object(Object {
            members: &[Member::new("id", false, ANY, &[])],
            open: false,
            closed: false,
            tag: None,
        });
        assert_eq!(ranked(&json!({"id": "c"}), &[FULL, SLIM]), [1, 0]);
        assert_eq!(
            ranked(&json!({"id": "c", "owner": "o"}), &[FULL, SLIM]),
            [0, 1]
        );
    }

    #[test]
    fn the_closest_fit_wins_and_the_spec_order_breaks_ties() {
        let alternatives = [EXTERNAL, Alternative::AnyObject, EVENT];
        assert_eq!(ranked(&json!({"id": "x"}), &alternatives), [2, 1]);
        assert_eq!(ranked(&json!({}), &alternatives), [0, 1]);
    }

    #[test]
    fn a_value_that_names_its_alternative_goes_there() {
        const MEMBERS: &[Member] = &[
            Member::new("accessType", false, ANY, &[]),
            Member::new("id", false, ANY, &[]),
        ];
        let tagged = |tags| {
            Alternative::Object(Object {
                members: MEMBERS,
                open: false,
                closed: false,
                tag: Some(("accessType", tags)),
            })
        };
        let alternatives = [tagged(&["accessProfile"]), tagged(&["role", "ROLE"])];
        assert_eq!(
            ranked(&json!({"accessType": "role", "id": "r"}), &alternatives),
            [1, 0]
        );
        assert_eq!(
            ranked(&json!({"accessType": "ROLE", "id": "r"}), &alternatives),
            [1, 0]
        );
        // A value that names none is read by the members alone.
        assert_eq!(
            ranked(&json!({"accessType": "app", "id": "a"}), &alternatives),
            [0, 1]
        );
        // Naming it stands in for a missing required member.
        const STRICT: &[Member] = &[
            Member::new("accessType", false, ANY, &[]),
            Member::new("id", true, ANY, &[]),
        ];
        let strict = |tags| {
            Alternative::Object(Object {
                members: STRICT,
                open: false,
                closed: false,
                tag: Some(("accessType", tags)),
            })
        };
        assert_eq!(
            ranked(
                &json!({"accessType": "role"}),
                &[strict(&["accessProfile"]), strict(&["role"])]
            ),
            [1]
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
        assert_eq!(ranked(&json!(3), &alternatives), [1, 0, 3]);
        assert_eq!(ranked(&json!(3.5), &alternatives), [0, 3]);
        assert_eq!(ranked(&json!("a"), &alternatives), [2, 3]);
        assert_eq!(
            ranked(&json!(true), &[Alternative::String, Alternative::Boolean]),
            [1]
        );
        assert!(ranked(&json!([1]), &[Alternative::String]).is_empty());
        // A string an enum lists goes to it before a plain string; any other, after.
        let formats = [Alternative::Enum(&["ISO8601", "LDAP"]), Alternative::String];
        assert_eq!(ranked(&json!("LDAP"), &formats), [0, 1]);
        assert_eq!(ranked(&json!("yyyy-MM-dd"), &formats), [1, 0]);
    }
}
