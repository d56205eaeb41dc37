//! `JsonPatch`, from `beta/schemas/JsonPatch.yaml`.

use crate::models::JsonPatchOperation;

/// A JSONPatch document as defined by [RFC 6902 - JSON Patch](https://tools.ietf.org/html/rfc6902)
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct JsonPatch {
    /// Operations to be applied
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operations: Option<Vec<JsonPatchOperation>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl JsonPatch {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        JsonPatch {
            operations: None,
            additional_properties: Default::default(),
        }
    }
}
