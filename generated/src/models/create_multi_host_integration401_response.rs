//! `CreateMultiHostIntegration401Response`, from `beta/paths/multi-host-integration.yaml#/post`.

/// `CreateMultiHostIntegration401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateMultiHostIntegration401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl CreateMultiHostIntegration401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateMultiHostIntegration401Response {
            error: None,
        }
    }
}
