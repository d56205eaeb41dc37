//! `GetConnectorRuleList401Response`, from `beta/paths/connector-rules.yaml#/get`.

/// `GetConnectorRuleList401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetConnectorRuleList401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetConnectorRuleList401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetConnectorRuleList401Response {
            error: None,
        }
    }
}
