//! `SodViolationContextConflictingAccessCriteriaRightCriteria`, from `beta/schemas/SodViolationContext.yaml#/properties/conflictingAccessCriteria/properties/rightCriteria`.

use crate::models::SodExemptCriteria;

/// `SodViolationContextConflictingAccessCriteriaRightCriteria` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SodViolationContextConflictingAccessCriteriaRightCriteria {
    #[serde(rename = "criteriaList", default, skip_serializing_if = "Option::is_none")]
    pub criteria_list: Option<Vec<SodExemptCriteria>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SodViolationContextConflictingAccessCriteriaRightCriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SodViolationContextConflictingAccessCriteriaRightCriteria {
            criteria_list: None,
            additional_properties: Default::default(),
        }
    }
}
