//! `PutTenantConfiguration429Response`, from `beta/paths/tenant-configuration.yaml#/put`.

/// `PutTenantConfiguration429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutTenantConfiguration429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PutTenantConfiguration429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutTenantConfiguration429Response {
            message: None,
        }
    }
}
