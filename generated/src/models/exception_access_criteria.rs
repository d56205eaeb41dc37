//! `ExceptionAccessCriteria`, from `beta/schemas/sod/models/ExceptionAccessCriteria.yaml`.

use crate::models::ExceptionCriteria;

/// `ExceptionAccessCriteria` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExceptionAccessCriteria {
    #[serde(rename = "leftCriteria", default, skip_serializing_if = "Option::is_none")]
    pub left_criteria: Option<ExceptionCriteria>,
    #[serde(rename = "rightCriteria", default, skip_serializing_if = "Option::is_none")]
    pub right_criteria: Option<ExceptionCriteria>,
}

impl ExceptionAccessCriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ExceptionAccessCriteria {
            left_criteria: None,
            right_criteria: None,
        }
    }
}
