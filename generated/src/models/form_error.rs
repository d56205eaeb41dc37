//! `FormError`, from `beta/schemas/forms/FormError.yaml`.

use crate::models::ErrorMessage;

/// `FormError` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FormError {
    /// Key is the technical key
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub key: Option<String>,
    /// Messages is a list of web.ErrorMessage items
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<ErrorMessage>>,
    /// Value is the value associated with a Key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FormError {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormError {
            key: None,
            messages: None,
            value: None,
            additional_properties: Default::default(),
        }
    }
}
