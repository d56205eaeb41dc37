//! `GetAccessRequestIdentityMetrics401Response`, from `beta/paths/access-request-identity-metrics.yaml#/get`.

/// `GetAccessRequestIdentityMetrics401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAccessRequestIdentityMetrics401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetAccessRequestIdentityMetrics401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetAccessRequestIdentityMetrics401Response {
            error: None,
        }
    }
}
