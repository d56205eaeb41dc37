//! `PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerProperty`, from `apis/privilege-criteria/schemas/privilegecriteriadto.yaml#/properties/groups/items/properties/criteriaItems/items/properties/property`.

use crate::models::PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1;

/// `PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerProperty` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerProperty {
    PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1(
        PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1,
    ),
    Json(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Enum(&["displayName", "description", "value"]),
    crate::union::Alternative::Any,
];

impl<'de> serde::Deserialize<'de>
for PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerProperty {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1 as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(
                            PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerProperty::PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1,
                        )
                }
                1 => {
                    <serde_json::Value as serde::Deserialize>::deserialize(&value)
                        .map(
                            PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerProperty::Json,
                        )
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Err(
            serde::de::Error::custom(
                format!(
                    "no alternative of `PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerProperty` fits {value}"
                ),
            ),
        )
    }
}

impl From<PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1>
for PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerProperty {
    fn from(
        value: PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1,
    ) -> Self {
        PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerProperty::PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1(
            value,
        )
    }
}
