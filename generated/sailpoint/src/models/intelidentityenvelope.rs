//! `Intelidentityenvelope`, from `apis/intelligence/schemas/intelidentityenvelope.yaml`.

use crate::models::{Intelidentityaggregate, Intelidentitymachineaggregate};

/// `Intelidentityenvelope` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads; first the one its `type` names, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`Intelidentityenvelope::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Intelidentityenvelope {
    Intelidentityaggregate(Intelidentityaggregate),
    Intelidentitymachineaggregate(Intelidentitymachineaggregate),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", true, crate::union::ANY, &[]),
            crate::union::Member::new("type", true, crate::union::STRING, &["Human"]),
            crate::union::Member::new("displayName", false, crate::union::ANY, &[]),
            crate::union::Member::new("description", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "subtype",
                false,
                crate::union::STRING,
                &["Employee", "Non Employee", "Cannot Determine"],
            ),
            crate::union::Member::new("attributes", false, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "created",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "modified",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("alias", false, crate::union::ANY, &[]),
            crate::union::Member::new("email", false, crate::union::ANY, &[]),
            crate::union::Member::new("identityStatus", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "isManager",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new("identityGraph", false, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "nonHumanIdentityOwnership",
                false,
                crate::union::OBJECT,
                &[],
            ),
            crate::union::Member::new("accounts", true, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "privilegedAccess",
                true,
                crate::union::OBJECT,
                &[],
            ),
            crate::union::Member::new("outliers", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("accessHistory", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: Some(("type", &["Human"])),
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", true, crate::union::ANY, &[]),
            crate::union::Member::new("type", true, crate::union::STRING, &["NHI"]),
            crate::union::Member::new("displayName", false, crate::union::ANY, &[]),
            crate::union::Member::new("description", false, crate::union::ANY, &[]),
            crate::union::Member::new("subtype", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "created",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "modified",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "matchConfidence",
                false,
                crate::union::STRING,
                &["exact", "partial"],
            ),
            crate::union::Member::new("identityGraph", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("accounts", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("nativeIdentity", true, crate::union::ANY, &[]),
            crate::union::Member::new("datasetId", false, crate::union::ANY, &[]),
            crate::union::Member::new("source", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("existsOnSource", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "manuallyEdited",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "manuallyCreated",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new("owners", true, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "userEntitlements",
                false,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new("attributes", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("derived", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: Some(("type", &["NHI"])),
    }),
];

impl<'de> serde::Deserialize<'de> for Intelidentityenvelope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Intelidentityaggregate as serde::Deserialize>::deserialize(&value)
                        .map(Intelidentityenvelope::Intelidentityaggregate)
                }
                1 => {
                    <Intelidentitymachineaggregate as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(Intelidentityenvelope::Intelidentitymachineaggregate)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Intelidentityenvelope::Other(value))
    }
}

impl From<Intelidentityaggregate> for Intelidentityenvelope {
    fn from(value: Intelidentityaggregate) -> Self {
        Intelidentityenvelope::Intelidentityaggregate(value)
    }
}

impl From<Intelidentitymachineaggregate> for Intelidentityenvelope {
    fn from(value: Intelidentitymachineaggregate) -> Self {
        Intelidentityenvelope::Intelidentitymachineaggregate(value)
    }
}
