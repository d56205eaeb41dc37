//! `CreateConnectorRule429Response`, from `beta/paths/connector-rules.yaml#/post`.

/// `CreateConnectorRule429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateConnectorRule429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl CreateConnectorRule429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateConnectorRule429Response {
            message: None,
        }
    }
}
