//! `V2024SodViolationContextConflictingAccessCriteriaRightCriteria`, from `v2024/schemas/SodViolationContext.yaml#/properties/conflictingAccessCriteria/properties/rightCriteria`.

use crate::models::V2024SodExemptCriteria;

/// `V2024SodViolationContextConflictingAccessCriteriaRightCriteria` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct V2024SodViolationContextConflictingAccessCriteriaRightCriteria {
    #[serde(rename = "criteriaList", default, skip_serializing_if = "Option::is_none")]
    pub criteria_list: Option<Vec<V2024SodExemptCriteria>>,
}

impl V2024SodViolationContextConflictingAccessCriteriaRightCriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V2024SodViolationContextConflictingAccessCriteriaRightCriteria {
            criteria_list: None,
        }
    }
}
