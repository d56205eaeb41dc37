//! `GetRoleMiningSessionStatus401Response`, from `beta/paths/role-mining-session-status.yaml#/get`.

/// `GetRoleMiningSessionStatus401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetRoleMiningSessionStatus401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetRoleMiningSessionStatus401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetRoleMiningSessionStatus401Response {
            error: None,
        }
    }
}
