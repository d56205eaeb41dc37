//! `UpdateConnectorRule401Response`, from `beta/paths/connector-rule.yaml#/put`.

/// `UpdateConnectorRule401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateConnectorRule401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl UpdateConnectorRule401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UpdateConnectorRule401Response {
            error: None,
        }
    }
}
