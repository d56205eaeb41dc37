//! `CompleteInvocationInput`, from `beta/schemas/CompleteInvocationInput.yaml`.

use crate::models::LocalizedMessage;

/// `CompleteInvocationInput` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CompleteInvocationInput {
    #[serde(rename = "localizedError", default, skip_serializing_if = "Option::is_none")]
    pub localized_error: Option<LocalizedMessage>,
    /// Trigger output that completed the invocation. Its schema is defined in the trigger definition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CompleteInvocationInput {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CompleteInvocationInput {
            localized_error: None,
            output: None,
            additional_properties: Default::default(),
        }
    }
}
