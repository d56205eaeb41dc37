//! `Pet`, from `openapi.yaml#/components/schemas/Pet`.

use crate::models::{Cat, Dog};

/// Either a cat (2 fields) or a dog (5 fields).
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`Pet::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Pet {
    Cat(Cat),
    Dog(Dog),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("name", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "indoor",
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
            crate::union::Member::new("breed", true, crate::union::ANY, &[]),
            crate::union::Member::new("age", false, crate::union::NUMBER, &[]),
            crate::union::Member::new("weight", false, crate::union::NUMBER, &[]),
            crate::union::Member::new(
                "goodBoy",
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

impl<'de> serde::Deserialize<'de> for Pet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => <Cat as serde::Deserialize>::deserialize(&value).map(Pet::Cat),
                1 => <Dog as serde::Deserialize>::deserialize(&value).map(Pet::Dog),
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Pet::Other(value))
    }
}

impl From<Cat> for Pet {
    fn from(value: Cat) -> Self {
        Pet::Cat(value)
    }
}

impl From<Dog> for Pet {
    fn from(value: Dog) -> Self {
        Pet::Dog(value)
    }
}
