//! `GetServiceDeskIntegrationTypes401Response`, from `beta/paths/service-desk-integration-types.yaml#/get`.

/// `GetServiceDeskIntegrationTypes401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetServiceDeskIntegrationTypes401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetServiceDeskIntegrationTypes401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetServiceDeskIntegrationTypes401Response {
            error: None,
        }
    }
}
