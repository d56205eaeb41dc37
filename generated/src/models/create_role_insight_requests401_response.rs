//! `CreateRoleInsightRequests401Response`, from `beta/paths/role-insights-requests.yaml#/post`.

/// `CreateRoleInsightRequests401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateRoleInsightRequests401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl CreateRoleInsightRequests401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateRoleInsightRequests401Response {
            error: None,
        }
    }
}
