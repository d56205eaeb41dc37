//! `PatchRoleMiningSession429Response`, from `beta/paths/role-mining-session.yaml#/patch`.

/// `PatchRoleMiningSession429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchRoleMiningSession429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PatchRoleMiningSession429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchRoleMiningSession429Response {
            message: None,
        }
    }
}
