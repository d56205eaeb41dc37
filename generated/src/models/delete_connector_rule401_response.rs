//! `DeleteConnectorRule401Response`, from `beta/paths/connector-rule.yaml#/delete`.

/// `DeleteConnectorRule401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteConnectorRule401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DeleteConnectorRule401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteConnectorRule401Response {
            error: None,
        }
    }
}
