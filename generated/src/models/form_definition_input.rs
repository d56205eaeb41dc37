//! `FormDefinitionInput`, from `beta/schemas/forms/FormDefinitionInput.yaml`.

use crate::models::FormDefinitionInputType;

/// `FormDefinitionInput` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FormDefinitionInput {
    /// Unique identifier for the form input.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// FormDefinitionInputType value.
    /// STRING FormDefinitionInputTypeString
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<FormDefinitionInputType>,
    /// Name for the form input.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub label: Option<String>,
    /// Form input's description.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FormDefinitionInput {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormDefinitionInput {
            id: None,
            r#type: None,
            label: None,
            description: None,
            additional_properties: Default::default(),
        }
    }
}
