//! `PutServiceDeskIntegration401Response`, from `beta/paths/service-desk-integration.yaml#/put`.
/// `PutServiceDeskIntegration401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutServiceDeskIntegration401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl PutServiceDeskIntegration401Response {
    /// A `PutServiceDeskIntegration401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        PutServiceDeskIntegration401Response {
            error: None,
        }
    }
}
