//! `RoleMiningSessionStatus`, from `beta/schemas/RoleMiningSessionStatus.yaml`.

use crate::models::RoleMiningSessionState;

/// `RoleMiningSessionStatus` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RoleMiningSessionStatus {
    /// Role mining session state
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<RoleMiningSessionState>,
}

impl RoleMiningSessionStatus {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMiningSessionStatus {
            state: None,
        }
    }
}
