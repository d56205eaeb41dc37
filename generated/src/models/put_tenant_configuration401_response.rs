//! `PutTenantConfiguration401Response`, from `beta/paths/tenant-configuration.yaml#/put`.
/// `PutTenantConfiguration401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutTenantConfiguration401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl PutTenantConfiguration401Response {
    /// A `PutTenantConfiguration401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        PutTenantConfiguration401Response {
            error: None,
        }
    }
}
