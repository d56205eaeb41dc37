//! `GetRoleAssignedIdentities401Response`, from `beta/paths/role-assigned-identities.yaml#/get`.

/// `GetRoleAssignedIdentities401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetRoleAssignedIdentities401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetRoleAssignedIdentities401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetRoleAssignedIdentities401Response {
            error: None,
        }
    }
}
