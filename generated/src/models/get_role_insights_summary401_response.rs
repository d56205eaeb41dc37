//! `GetRoleInsightsSummary401Response`, from `beta/paths/role-insights-summary.yaml#/get`.
/// `GetRoleInsightsSummary401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetRoleInsightsSummary401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetRoleInsightsSummary401Response {
    /// A `GetRoleInsightsSummary401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetRoleInsightsSummary401Response {
            error: None,
        }
    }
}
