//! `ExceptionAccessCriteria`, from `beta/schemas/sod/models/ExceptionAccessCriteria.yaml`.

use crate::models::ExceptionCriteria;

/// `ExceptionAccessCriteria` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExceptionAccessCriteria {
    #[serde(rename = "leftCriteria", default, skip_serializing_if = "Option::is_none")]
    pub left_criteria: Option<ExceptionCriteria>,
    #[serde(rename = "rightCriteria", default, skip_serializing_if = "Option::is_none")]
    pub right_criteria: Option<ExceptionCriteria>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ExceptionAccessCriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ExceptionAccessCriteria {
            left_criteria: None,
            right_criteria: None,
            additional_properties: Default::default(),
        }
    }
}
