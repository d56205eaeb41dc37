//! `FormElementValidationsSet`, from `beta/schemas/forms/FormElementValidationsSet.yaml`.

use crate::models::FormElementValidationsSetValidationType;

/// Set of FormElementValidation items.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FormElementValidationsSet {
    /// The type of data validation that you wish to enforce, e.g., a required field, a minimum length, etc.
    #[serde(rename = "validationType", default, skip_serializing_if = "Option::is_none")]
    pub validation_type: Option<FormElementValidationsSetValidationType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FormElementValidationsSet {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormElementValidationsSet {
            validation_type: None,
            additional_properties: Default::default(),
        }
    }
}
