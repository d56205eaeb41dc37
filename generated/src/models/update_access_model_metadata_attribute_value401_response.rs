//! `UpdateAccessModelMetadataAttributeValue401Response`, from `beta/paths/access-model-metadata-value.yaml#/patch`.

/// `UpdateAccessModelMetadataAttributeValue401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateAccessModelMetadataAttributeValue401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl UpdateAccessModelMetadataAttributeValue401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UpdateAccessModelMetadataAttributeValue401Response {
            error: None,
        }
    }
}
