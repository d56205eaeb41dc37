//! `GetPotentialRoleSummaries401Response`, from `beta/paths/role-mining-session-potential-role-summaries.yaml#/get`.

/// `GetPotentialRoleSummaries401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPotentialRoleSummaries401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetPotentialRoleSummaries401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPotentialRoleSummaries401Response {
            error: None,
        }
    }
}
