//! `DeleteServiceDeskIntegration429Response`, from `beta/paths/service-desk-integration.yaml#/delete`.

/// `DeleteServiceDeskIntegration429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteServiceDeskIntegration429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteServiceDeskIntegration429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteServiceDeskIntegration429Response {
            message: None,
        }
    }
}
