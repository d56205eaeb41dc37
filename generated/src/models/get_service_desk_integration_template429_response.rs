//! `GetServiceDeskIntegrationTemplate429Response`, from `beta/paths/service-desk-integration-template.yaml#/get`.

/// `GetServiceDeskIntegrationTemplate429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetServiceDeskIntegrationTemplate429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetServiceDeskIntegrationTemplate429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetServiceDeskIntegrationTemplate429Response {
            message: None,
        }
    }
}
