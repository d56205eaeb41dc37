//! `GetServiceDeskIntegrationList429Response`, from `beta/paths/service-desk-integrations.yaml#/get`.
/// `GetServiceDeskIntegrationList429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetServiceDeskIntegrationList429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl GetServiceDeskIntegrationList429Response {
    /// A `GetServiceDeskIntegrationList429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetServiceDeskIntegrationList429Response {
            message: None,
        }
    }
}
