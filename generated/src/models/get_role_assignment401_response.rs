//! `GetRoleAssignment401Response`, from `beta/paths/identities-role-assignment.yaml#/get`.

/// `GetRoleAssignment401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetRoleAssignment401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetRoleAssignment401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetRoleAssignment401Response {
            error: None,
        }
    }
}
