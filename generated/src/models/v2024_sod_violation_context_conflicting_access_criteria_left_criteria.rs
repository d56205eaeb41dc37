//! `V2024SodViolationContextConflictingAccessCriteriaLeftCriteria`, from `v2024/schemas/SodViolationContext.yaml#/properties/conflictingAccessCriteria/properties/leftCriteria`.

use crate::models::V2024SodExemptCriteria;

/// `V2024SodViolationContextConflictingAccessCriteriaLeftCriteria` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct V2024SodViolationContextConflictingAccessCriteriaLeftCriteria {
    #[serde(rename = "criteriaList", default, skip_serializing_if = "Option::is_none")]
    pub criteria_list: Option<Vec<V2024SodExemptCriteria>>,
}

impl V2024SodViolationContextConflictingAccessCriteriaLeftCriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V2024SodViolationContextConflictingAccessCriteriaLeftCriteria {
            criteria_list: None,
        }
    }
}
