//! `GetRoleAssignedIdentities429Response`, from `beta/paths/role-assigned-identities.yaml#/get`.

/// `GetRoleAssignedIdentities429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetRoleAssignedIdentities429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetRoleAssignedIdentities429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetRoleAssignedIdentities429Response {
            message: None,
        }
    }
}
