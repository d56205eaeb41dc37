//! `PatchServiceDeskIntegration401Response`, from `beta/paths/service-desk-integration.yaml#/patch`.

/// `PatchServiceDeskIntegration401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchServiceDeskIntegration401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PatchServiceDeskIntegration401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchServiceDeskIntegration401Response {
            error: None,
        }
    }
}
