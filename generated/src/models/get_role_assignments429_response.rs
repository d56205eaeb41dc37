//! `GetRoleAssignments429Response`, from `beta/paths/identities-role-assignments.yaml#/get`.

/// `GetRoleAssignments429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetRoleAssignments429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetRoleAssignments429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetRoleAssignments429Response {
            message: None,
        }
    }
}
