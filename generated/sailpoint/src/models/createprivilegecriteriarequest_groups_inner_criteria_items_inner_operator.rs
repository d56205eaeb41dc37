//! `CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperator`, from `apis/privilege-criteria/schemas/createprivilegecriteriarequest.yaml#/properties/groups/items/properties/criteriaItems/items/properties/operator`.

use crate::models::CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1;

/// `CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperator` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperator {
    CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1(
        CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1,
    ),
    Json(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Enum(&["displayName", "description", "value"]),
    crate::union::Alternative::Any,
];

impl<'de> serde::Deserialize<'de>
for CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperator {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1 as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(
                            CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperator::CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1,
                        )
                }
                1 => {
                    <serde_json::Value as serde::Deserialize>::deserialize(&value)
                        .map(
                            CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperator::Json,
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
                    "no alternative of `CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperator` fits {value}"
                ),
            ),
        )
    }
}

impl From<CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1>
for CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperator {
    fn from(
        value: CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1,
    ) -> Self {
        CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperator::CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1(
            value,
        )
    }
}
