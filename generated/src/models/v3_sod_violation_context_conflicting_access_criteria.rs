//! `V3SodViolationContextConflictingAccessCriteria`, from `v3/schemas/SodViolationContext.yaml#/properties/conflictingAccessCriteria`.

use crate::models::{
    V3SodViolationContextConflictingAccessCriteriaLeftCriteria,
    V3SodViolationContextConflictingAccessCriteriaRightCriteria,
};

/// The object which contains the left and right hand side of the entitlements that got violated according to the policy.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V3SodViolationContextConflictingAccessCriteria {
    #[serde(rename = "leftCriteria", default, skip_serializing_if = "Option::is_none")]
    pub left_criteria: Option<
        V3SodViolationContextConflictingAccessCriteriaLeftCriteria,
    >,
    #[serde(rename = "rightCriteria", default, skip_serializing_if = "Option::is_none")]
    pub right_criteria: Option<
        V3SodViolationContextConflictingAccessCriteriaRightCriteria,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V3SodViolationContextConflictingAccessCriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V3SodViolationContextConflictingAccessCriteria {
            left_criteria: None,
            right_criteria: None,
            additional_properties: Default::default(),
        }
    }
}
