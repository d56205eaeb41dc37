//! `GetTenantUiMetadata401Response`, from `beta/paths/ui-metadata/tenant-ui-metadata.yaml#/get`.

/// `GetTenantUiMetadata401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetTenantUiMetadata401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetTenantUiMetadata401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetTenantUiMetadata401Response {
            error: None,
        }
    }
}
