//! `SetTenantUiMetadata401Response`, from `beta/paths/ui-metadata/tenant-ui-metadata.yaml#/put`.
/// `SetTenantUiMetadata401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetTenantUiMetadata401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl SetTenantUiMetadata401Response {
    /// A `SetTenantUiMetadata401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        SetTenantUiMetadata401Response {
            error: None,
        }
    }
}
