//! `ValidateConnectorRule401Response`, from `beta/paths/connector-rule-validate.yaml#/post`.

/// `ValidateConnectorRule401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ValidateConnectorRule401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ValidateConnectorRule401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ValidateConnectorRule401Response {
            error: None,
        }
    }
}
