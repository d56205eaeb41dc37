//! `UpdateConnectorRule429Response`, from `beta/paths/connector-rule.yaml#/put`.

/// `UpdateConnectorRule429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateConnectorRule429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl UpdateConnectorRule429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UpdateConnectorRule429Response {
            message: None,
        }
    }
}
