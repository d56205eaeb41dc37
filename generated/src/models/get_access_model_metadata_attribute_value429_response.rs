//! `GetAccessModelMetadataAttributeValue429Response`, from `beta/paths/access-model-metadata-value.yaml#/get`.

/// `GetAccessModelMetadataAttributeValue429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAccessModelMetadataAttributeValue429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetAccessModelMetadataAttributeValue429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetAccessModelMetadataAttributeValue429Response {
            message: None,
        }
    }
}
