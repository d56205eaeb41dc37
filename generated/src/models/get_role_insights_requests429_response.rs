//! `GetRoleInsightsRequests429Response`, from `beta/paths/role-insights-request.yaml#/get`.

/// `GetRoleInsightsRequests429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetRoleInsightsRequests429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetRoleInsightsRequests429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetRoleInsightsRequests429Response {
            message: None,
        }
    }
}
