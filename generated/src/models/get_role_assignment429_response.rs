//! `GetRoleAssignment429Response`, from `beta/paths/identities-role-assignment.yaml#/get`.

/// `GetRoleAssignment429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetRoleAssignment429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetRoleAssignment429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetRoleAssignment429Response {
            message: None,
        }
    }
}
