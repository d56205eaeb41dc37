//! `SodViolationContextConflictingAccessCriteriaLeftCriteria`, from `beta/schemas/SodViolationContext.yaml#/properties/conflictingAccessCriteria/properties/leftCriteria`.

use crate::models::SodExemptCriteria;

/// `SodViolationContextConflictingAccessCriteriaLeftCriteria` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SodViolationContextConflictingAccessCriteriaLeftCriteria {
    #[serde(rename = "criteriaList", default, skip_serializing_if = "Option::is_none")]
    pub criteria_list: Option<Vec<SodExemptCriteria>>,
}

impl SodViolationContextConflictingAccessCriteriaLeftCriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SodViolationContextConflictingAccessCriteriaLeftCriteria {
            criteria_list: None,
        }
    }
}
