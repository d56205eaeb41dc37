//! `FormInstanceRecipient`, from `beta/schemas/forms/FormInstanceRecipient.yaml`.

use crate::models::FormInstanceRecipientType;

/// `FormInstanceRecipient` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FormInstanceRecipient {
    /// ID is a unique identifier
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Type is a FormInstanceRecipientType value
    /// IDENTITY FormInstanceRecipientIdentity
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<FormInstanceRecipientType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FormInstanceRecipient {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormInstanceRecipient {
            id: None,
            r#type: None,
            additional_properties: Default::default(),
        }
    }
}
