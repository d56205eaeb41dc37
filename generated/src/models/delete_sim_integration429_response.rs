//! `DeleteSimIntegration429Response`, from `beta/paths/sim-integrations.yaml#/delete`.

/// `DeleteSimIntegration429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteSimIntegration429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteSimIntegration429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteSimIntegration429Response {
            message: None,
        }
    }
}
