//! `GetTenantConfigConfiguration401Response`, from `beta/paths/tenant-configuration.yaml#/get`.
/// `GetTenantConfigConfiguration401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetTenantConfigConfiguration401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetTenantConfigConfiguration401Response {
    /// A `GetTenantConfigConfiguration401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetTenantConfigConfiguration401Response {
            error: None,
        }
    }
}
