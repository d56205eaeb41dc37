//! `CreateSimIntegration429Response`, from `beta/paths/sim-integrations-value-list.yaml#/post`.

/// `CreateSimIntegration429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateSimIntegration429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl CreateSimIntegration429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateSimIntegration429Response {
            message: None,
        }
    }
}
