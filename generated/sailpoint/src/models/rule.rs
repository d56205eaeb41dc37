//! `Rule`, from `apis/sources/schemas/rule.yaml`.

use crate::models::{Generaterandomstring, Getreferenceidentityattribute, Transformrule};

/// `Rule` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`Rule::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Rule {
    Transformrule(Transformrule),
    Generaterandomstring(Generaterandomstring),
    Getreferenceidentityattribute(Getreferenceidentityattribute),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 3] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("name", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "requiresPeriodicRefresh",
                false,
                crate::union::BOOLEAN,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("name", true, crate::union::ANY, &[]),
            crate::union::Member::new("operation", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "includeNumbers",
                true,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "includeSpecialChars",
                true,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new("length", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "requiresPeriodicRefresh",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("name", true, crate::union::ANY, &[]),
            crate::union::Member::new("operation", true, crate::union::ANY, &[]),
            crate::union::Member::new("uid", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "requiresPeriodicRefresh",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
];

impl<'de> serde::Deserialize<'de> for Rule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Transformrule as serde::Deserialize>::deserialize(&value)
                        .map(Rule::Transformrule)
                }
                1 => {
                    <Generaterandomstring as serde::Deserialize>::deserialize(&value)
                        .map(Rule::Generaterandomstring)
                }
                2 => {
                    <Getreferenceidentityattribute as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(Rule::Getreferenceidentityattribute)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Rule::Other(value))
    }
}

impl From<Transformrule> for Rule {
    fn from(value: Transformrule) -> Self {
        Rule::Transformrule(value)
    }
}

impl From<Generaterandomstring> for Rule {
    fn from(value: Generaterandomstring) -> Self {
        Rule::Generaterandomstring(value)
    }
}

impl From<Getreferenceidentityattribute> for Rule {
    fn from(value: Getreferenceidentityattribute) -> Self {
        Rule::Getreferenceidentityattribute(value)
    }
}
