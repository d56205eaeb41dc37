//! `DeleteAccessModelMetadataFromEntitlement429Response`, from `beta/paths/entitlement-access-model-metadata.yaml#/delete`.

/// `DeleteAccessModelMetadataFromEntitlement429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteAccessModelMetadataFromEntitlement429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteAccessModelMetadataFromEntitlement429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteAccessModelMetadataFromEntitlement429Response {
            message: None,
        }
    }
}
