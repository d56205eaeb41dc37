//! `GetPotentialRoleSummaries429Response`, from `beta/paths/role-mining-session-potential-role-summaries.yaml#/get`.

/// `GetPotentialRoleSummaries429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPotentialRoleSummaries429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetPotentialRoleSummaries429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPotentialRoleSummaries429Response {
            message: None,
        }
    }
}
