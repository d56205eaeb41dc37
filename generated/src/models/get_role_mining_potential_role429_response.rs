//! `GetRoleMiningPotentialRole429Response`, from `beta/paths/role-mining-potential-role.yaml#/get`.

/// `GetRoleMiningPotentialRole429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetRoleMiningPotentialRole429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetRoleMiningPotentialRole429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetRoleMiningPotentialRole429Response {
            message: None,
        }
    }
}
