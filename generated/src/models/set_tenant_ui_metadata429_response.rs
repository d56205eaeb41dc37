//! `SetTenantUiMetadata429Response`, from `beta/paths/ui-metadata/tenant-ui-metadata.yaml#/put`.

/// `SetTenantUiMetadata429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetTenantUiMetadata429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl SetTenantUiMetadata429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SetTenantUiMetadata429Response {
            message: None,
        }
    }
}
