//! `Entitlementrecommendationassignee`, from `apis/suggested-entitlement-description/schemas/entitlementrecommendationassignee.yaml`.

use crate::models::{
    EntitlementrecommendationassigneeVariant1, EntitlementrecommendationassigneeVariant2,
};

/// Describes the target assignee for entitlement recommendations.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads; first the one its `type` names, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`Entitlementrecommendationassignee::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Entitlementrecommendationassignee {
    EntitlementrecommendationassigneeVariant1(EntitlementrecommendationassigneeVariant1),
    EntitlementrecommendationassigneeVariant2(EntitlementrecommendationassigneeVariant2),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new(
                "type",
                true,
                crate::union::STRING,
                &["IDENTITY", "GOVERNANCE_GROUP"],
            ),
            crate::union::Member::new("value", true, crate::union::ANY, &[]),
        ],
        open: false,
        closed: false,
        tag: Some(("type", &["IDENTITY", "GOVERNANCE_GROUP"])),
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new(
                "type",
                true,
                crate::union::STRING,
                &["SOURCE_OWNER", "ENTITLEMENT_OWNER"],
            ),
        ],
        open: false,
        closed: false,
        tag: Some(("type", &["SOURCE_OWNER", "ENTITLEMENT_OWNER"])),
    }),
];

impl<'de> serde::Deserialize<'de> for Entitlementrecommendationassignee {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <EntitlementrecommendationassigneeVariant1 as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(
                            Entitlementrecommendationassignee::EntitlementrecommendationassigneeVariant1,
                        )
                }
                1 => {
                    <EntitlementrecommendationassigneeVariant2 as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(
                            Entitlementrecommendationassignee::EntitlementrecommendationassigneeVariant2,
                        )
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Entitlementrecommendationassignee::Other(value))
    }
}

impl From<EntitlementrecommendationassigneeVariant1>
for Entitlementrecommendationassignee {
    fn from(value: EntitlementrecommendationassigneeVariant1) -> Self {
        Entitlementrecommendationassignee::EntitlementrecommendationassigneeVariant1(
            value,
        )
    }
}

impl From<EntitlementrecommendationassigneeVariant2>
for Entitlementrecommendationassignee {
    fn from(value: EntitlementrecommendationassigneeVariant2) -> Self {
        Entitlementrecommendationassignee::EntitlementrecommendationassigneeVariant2(
            value,
        )
    }
}
