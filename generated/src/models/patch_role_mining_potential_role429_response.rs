//! `PatchRoleMiningPotentialRole429Response`, from `beta/paths/role-mining-potential-role.yaml#/patch`.

/// `PatchRoleMiningPotentialRole429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchRoleMiningPotentialRole429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PatchRoleMiningPotentialRole429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchRoleMiningPotentialRole429Response {
            message: None,
        }
    }
}
