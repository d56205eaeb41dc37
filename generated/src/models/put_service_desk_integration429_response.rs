//! `PutServiceDeskIntegration429Response`, from `beta/paths/service-desk-integration.yaml#/put`.

/// `PutServiceDeskIntegration429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutServiceDeskIntegration429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PutServiceDeskIntegration429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutServiceDeskIntegration429Response {
            message: None,
        }
    }
}
