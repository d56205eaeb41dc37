//! `GetServiceDeskIntegrationTypes429Response`, from `beta/paths/service-desk-integration-types.yaml#/get`.
/// `GetServiceDeskIntegrationTypes429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetServiceDeskIntegrationTypes429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl GetServiceDeskIntegrationTypes429Response {
    /// A `GetServiceDeskIntegrationTypes429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetServiceDeskIntegrationTypes429Response {
            message: None,
        }
    }
}
