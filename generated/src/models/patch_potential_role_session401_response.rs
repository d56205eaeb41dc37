//! `PatchPotentialRoleSession401Response`, from `beta/paths/role-mining-session-potential-role-summary.yaml#/patch`.

/// `PatchPotentialRoleSession401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchPotentialRoleSession401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PatchPotentialRoleSession401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchPotentialRoleSession401Response {
            error: None,
        }
    }
}
