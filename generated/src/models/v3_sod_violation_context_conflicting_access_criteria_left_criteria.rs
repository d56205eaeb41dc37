//! `V3SodViolationContextConflictingAccessCriteriaLeftCriteria`, from `v3/schemas/SodViolationContext.yaml#/properties/conflictingAccessCriteria/properties/leftCriteria`.

use crate::models::V3SodExemptCriteria;

/// `V3SodViolationContextConflictingAccessCriteriaLeftCriteria` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V3SodViolationContextConflictingAccessCriteriaLeftCriteria {
    #[serde(rename = "criteriaList", default, skip_serializing_if = "Option::is_none")]
    pub criteria_list: Option<Vec<V3SodExemptCriteria>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V3SodViolationContextConflictingAccessCriteriaLeftCriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V3SodViolationContextConflictingAccessCriteriaLeftCriteria {
            criteria_list: None,
            additional_properties: Default::default(),
        }
    }
}
