//! `GetRoleEntitlements429Response`, from `beta/paths/role-entitlements.yaml#/get`.

/// `GetRoleEntitlements429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetRoleEntitlements429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetRoleEntitlements429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetRoleEntitlements429Response {
            message: None,
        }
    }
}
