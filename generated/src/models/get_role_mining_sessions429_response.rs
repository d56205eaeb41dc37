//! `GetRoleMiningSessions429Response`, from `beta/paths/role-mining-sessions.yaml#/get`.

/// `GetRoleMiningSessions429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetRoleMiningSessions429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetRoleMiningSessions429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetRoleMiningSessions429Response {
            message: None,
        }
    }
}
