//! `CreateAccessModelMetadataForEntitlement401Response`, from `beta/paths/entitlement-access-model-metadata.yaml#/post`.

/// `CreateAccessModelMetadataForEntitlement401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateAccessModelMetadataForEntitlement401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl CreateAccessModelMetadataForEntitlement401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateAccessModelMetadataForEntitlement401Response {
            error: None,
        }
    }
}
