//! `GetServiceDeskIntegrationTemplate401Response`, from `beta/paths/service-desk-integration-template.yaml#/get`.

/// `GetServiceDeskIntegrationTemplate401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetServiceDeskIntegrationTemplate401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetServiceDeskIntegrationTemplate401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetServiceDeskIntegrationTemplate401Response {
            error: None,
        }
    }
}
