//! `SodViolationContextConflictingAccessCriteriaRightCriteria`, from `beta/schemas/SodViolationContext.yaml#/properties/conflictingAccessCriteria/properties/rightCriteria`.

use crate::models::SodExemptCriteria;

/// `SodViolationContextConflictingAccessCriteriaRightCriteria` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SodViolationContextConflictingAccessCriteriaRightCriteria {
    #[serde(rename = "criteriaList", default, skip_serializing_if = "Option::is_none")]
    pub criteria_list: Option<Vec<SodExemptCriteria>>,
}

impl SodViolationContextConflictingAccessCriteriaRightCriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SodViolationContextConflictingAccessCriteriaRightCriteria {
            criteria_list: None,
        }
    }
}
