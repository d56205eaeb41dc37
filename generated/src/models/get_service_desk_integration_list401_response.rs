//! `GetServiceDeskIntegrationList401Response`, from `beta/paths/service-desk-integrations.yaml#/get`.

/// `GetServiceDeskIntegrationList401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetServiceDeskIntegrationList401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetServiceDeskIntegrationList401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetServiceDeskIntegrationList401Response {
            error: None,
        }
    }
}
