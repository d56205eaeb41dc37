//! `PutServiceDeskIntegration401Response`, from `beta/paths/service-desk-integration.yaml#/put`.

/// `PutServiceDeskIntegration401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutServiceDeskIntegration401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PutServiceDeskIntegration401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutServiceDeskIntegration401Response {
            error: None,
        }
    }
}
