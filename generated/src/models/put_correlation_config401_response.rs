//! `PutCorrelationConfig401Response`, from `beta/paths/correlation-config.yaml#/put`.

/// `PutCorrelationConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutCorrelationConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PutCorrelationConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutCorrelationConfig401Response {
            error: None,
        }
    }
}
