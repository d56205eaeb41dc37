//! `GetCorrelationConfig401Response`, from `beta/paths/correlation-config.yaml#/get`.

/// `GetCorrelationConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCorrelationConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetCorrelationConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetCorrelationConfig401Response {
            error: None,
        }
    }
}
