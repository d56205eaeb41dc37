//! `GetRoleInsightsSummary401Response`, from `beta/paths/role-insights-summary.yaml#/get`.

/// `GetRoleInsightsSummary401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetRoleInsightsSummary401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetRoleInsightsSummary401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetRoleInsightsSummary401Response {
            error: None,
        }
    }
}
