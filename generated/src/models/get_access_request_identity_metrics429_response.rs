//! `GetAccessRequestIdentityMetrics429Response`, from `beta/paths/access-request-identity-metrics.yaml#/get`.

/// `GetAccessRequestIdentityMetrics429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAccessRequestIdentityMetrics429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetAccessRequestIdentityMetrics429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetAccessRequestIdentityMetrics429Response {
            message: None,
        }
    }
}
