//! `SetTenantUiMetadata401Response`, from `beta/paths/ui-metadata/tenant-ui-metadata.yaml#/put`.

/// `SetTenantUiMetadata401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetTenantUiMetadata401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl SetTenantUiMetadata401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SetTenantUiMetadata401Response {
            error: None,
        }
    }
}
