//! `GetPotentialRoleEntitlements429Response`, from `beta/paths/role-mining-session-potential-role-entitlements.yaml#/get`.

/// `GetPotentialRoleEntitlements429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPotentialRoleEntitlements429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetPotentialRoleEntitlements429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPotentialRoleEntitlements429Response {
            message: None,
        }
    }
}
