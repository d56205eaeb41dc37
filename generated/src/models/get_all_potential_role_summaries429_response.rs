//! `GetAllPotentialRoleSummaries429Response`, from `beta/paths/role-mining-potential-role-summaries.yaml#/get`.

/// `GetAllPotentialRoleSummaries429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAllPotentialRoleSummaries429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetAllPotentialRoleSummaries429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetAllPotentialRoleSummaries429Response {
            message: None,
        }
    }
}
