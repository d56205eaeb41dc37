//! `GetServiceDeskIntegration401Response`, from `beta/paths/service-desk-integration.yaml#/get`.

/// `GetServiceDeskIntegration401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetServiceDeskIntegration401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetServiceDeskIntegration401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetServiceDeskIntegration401Response {
            error: None,
        }
    }
}
