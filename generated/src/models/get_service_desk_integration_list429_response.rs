//! `GetServiceDeskIntegrationList429Response`, from `beta/paths/service-desk-integrations.yaml#/get`.

/// `GetServiceDeskIntegrationList429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetServiceDeskIntegrationList429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetServiceDeskIntegrationList429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetServiceDeskIntegrationList429Response {
            message: None,
        }
    }
}
