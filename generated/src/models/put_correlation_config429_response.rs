//! `PutCorrelationConfig429Response`, from `beta/paths/correlation-config.yaml#/put`.

/// `PutCorrelationConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutCorrelationConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PutCorrelationConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutCorrelationConfig429Response {
            message: None,
        }
    }
}
