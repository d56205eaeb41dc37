//! `GetSimIntegration429Response`, from `beta/paths/sim-integrations.yaml#/get`.

/// `GetSimIntegration429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSimIntegration429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetSimIntegration429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSimIntegration429Response {
            message: None,
        }
    }
}
