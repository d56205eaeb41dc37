//! `RoleminingpotentialroleCreatedBy`, from `apis/iai-role-mining/schemas/roleminingpotentialrole.yaml#/properties/createdBy`.

use crate::models::{Entitycreatedbydto, Nullableentitycreatedbydto};

/// The session created by details
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`RoleminingpotentialroleCreatedBy::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum RoleminingpotentialroleCreatedBy {
    Entitycreatedbydto(Entitycreatedbydto),
    Nullableentitycreatedbydto(Nullableentitycreatedbydto),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new("displayName", false, crate::union::ANY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::String,
];

impl<'de> serde::Deserialize<'de> for RoleminingpotentialroleCreatedBy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Entitycreatedbydto as serde::Deserialize>::deserialize(&value)
                        .map(RoleminingpotentialroleCreatedBy::Entitycreatedbydto)
                }
                1 => {
                    <Nullableentitycreatedbydto as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(
                            RoleminingpotentialroleCreatedBy::Nullableentitycreatedbydto,
                        )
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(RoleminingpotentialroleCreatedBy::Other(value))
    }
}

impl From<Entitycreatedbydto> for RoleminingpotentialroleCreatedBy {
    fn from(value: Entitycreatedbydto) -> Self {
        RoleminingpotentialroleCreatedBy::Entitycreatedbydto(value)
    }
}

impl From<Nullableentitycreatedbydto> for RoleminingpotentialroleCreatedBy {
    fn from(value: Nullableentitycreatedbydto) -> Self {
        RoleminingpotentialroleCreatedBy::Nullableentitycreatedbydto(value)
    }
}
