//! `GetRoleAssignments401Response`, from `beta/paths/identities-role-assignments.yaml#/get`.

/// `GetRoleAssignments401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetRoleAssignments401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetRoleAssignments401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetRoleAssignments401Response {
            error: None,
        }
    }
}
