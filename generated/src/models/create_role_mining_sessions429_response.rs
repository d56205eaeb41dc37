//! `CreateRoleMiningSessions429Response`, from `beta/paths/role-mining-sessions.yaml#/post`.

/// `CreateRoleMiningSessions429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateRoleMiningSessions429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl CreateRoleMiningSessions429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateRoleMiningSessions429Response {
            message: None,
        }
    }
}
