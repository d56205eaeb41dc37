//! `GetPotentialRoleSourceIdentityUsage401Response`, from `beta/paths/role-mining-potential-role-source-identity-usage.yaml#/get`.

/// `GetPotentialRoleSourceIdentityUsage401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPotentialRoleSourceIdentityUsage401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetPotentialRoleSourceIdentityUsage401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPotentialRoleSourceIdentityUsage401Response {
            error: None,
        }
    }
}
