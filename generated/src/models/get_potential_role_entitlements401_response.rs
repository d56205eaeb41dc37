//! `GetPotentialRoleEntitlements401Response`, from `beta/paths/role-mining-session-potential-role-entitlements.yaml#/get`.

/// `GetPotentialRoleEntitlements401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPotentialRoleEntitlements401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetPotentialRoleEntitlements401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPotentialRoleEntitlements401Response {
            error: None,
        }
    }
}
