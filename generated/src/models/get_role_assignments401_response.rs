//! `GetRoleAssignments401Response`, from `beta/paths/identities-role-assignments.yaml#/get`.
/// `GetRoleAssignments401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetRoleAssignments401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetRoleAssignments401Response {
    /// A `GetRoleAssignments401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetRoleAssignments401Response {
            error: None,
        }
    }
}
