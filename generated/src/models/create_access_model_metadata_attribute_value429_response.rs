//! `CreateAccessModelMetadataAttributeValue429Response`, from `beta/paths/access-model-metadata-value-list.yaml#/post`.

/// `CreateAccessModelMetadataAttributeValue429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateAccessModelMetadataAttributeValue429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl CreateAccessModelMetadataAttributeValue429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateAccessModelMetadataAttributeValue429Response {
            message: None,
        }
    }
}
