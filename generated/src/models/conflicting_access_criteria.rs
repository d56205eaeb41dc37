//! `ConflictingAccessCriteria`, from `beta/schemas/ConflictingAccessCriteria.yaml`.

use crate::models::AccessCriteria;

/// `ConflictingAccessCriteria` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConflictingAccessCriteria {
    #[serde(rename = "leftCriteria", default, skip_serializing_if = "Option::is_none")]
    pub left_criteria: Option<AccessCriteria>,
    #[serde(rename = "rightCriteria", default, skip_serializing_if = "Option::is_none")]
    pub right_criteria: Option<AccessCriteria>,
}

impl ConflictingAccessCriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ConflictingAccessCriteria {
            left_criteria: None,
            right_criteria: None,
        }
    }
}
