//! `RoleMiningSessionStatus`, from `beta/schemas/RoleMiningSessionStatus.yaml`.

use crate::models::RoleMiningSessionState;

/// `RoleMiningSessionStatus` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleMiningSessionStatus {
    /// Role mining session state
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<RoleMiningSessionState>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleMiningSessionStatus {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMiningSessionStatus {
            state: None,
            additional_properties: Default::default(),
        }
    }
}
