//! `CreateAccessModelMetadataAttribute401Response`, from `beta/paths/access-model-metadata-list.yaml#/post`.

/// `CreateAccessModelMetadataAttribute401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateAccessModelMetadataAttribute401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl CreateAccessModelMetadataAttribute401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateAccessModelMetadataAttribute401Response {
            error: None,
        }
    }
}
