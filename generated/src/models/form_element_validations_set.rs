//! `FormElementValidationsSet`, from `beta/schemas/forms/FormElementValidationsSet.yaml`.

use crate::models::FormElementValidationsSetValidationType;

/// Set of FormElementValidation items.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FormElementValidationsSet {
    /// The type of data validation that you wish to enforce, e.g., a required field, a minimum length, etc.
    #[serde(rename = "validationType", default, skip_serializing_if = "Option::is_none")]
    pub validation_type: Option<FormElementValidationsSetValidationType>,
}

impl FormElementValidationsSet {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormElementValidationsSet {
            validation_type: None,
        }
    }
}
