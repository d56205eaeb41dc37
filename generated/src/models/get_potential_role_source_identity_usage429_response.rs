//! `GetPotentialRoleSourceIdentityUsage429Response`, from `beta/paths/role-mining-potential-role-source-identity-usage.yaml#/get`.

/// `GetPotentialRoleSourceIdentityUsage429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPotentialRoleSourceIdentityUsage429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetPotentialRoleSourceIdentityUsage429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPotentialRoleSourceIdentityUsage429Response {
            message: None,
        }
    }
}
