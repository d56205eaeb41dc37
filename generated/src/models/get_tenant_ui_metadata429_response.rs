//! `GetTenantUiMetadata429Response`, from `beta/paths/ui-metadata/tenant-ui-metadata.yaml#/get`.

/// `GetTenantUiMetadata429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetTenantUiMetadata429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetTenantUiMetadata429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetTenantUiMetadata429Response {
            message: None,
        }
    }
}
