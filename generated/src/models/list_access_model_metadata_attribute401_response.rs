//! `ListAccessModelMetadataAttribute401Response`, from `beta/paths/access-model-metadata-list.yaml#/get`.

/// `ListAccessModelMetadataAttribute401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListAccessModelMetadataAttribute401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListAccessModelMetadataAttribute401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListAccessModelMetadataAttribute401Response {
            error: None,
        }
    }
}
