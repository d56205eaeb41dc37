//! `ReviewReassign`, from `v3/schemas/ReviewReassign.yaml`.

use crate::models::ReassignReference;

/// `ReviewReassign` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReviewReassign {
    #[serde(default)]
    pub reassign: Vec<ReassignReference>,
    /// The ID of the identity to which the certification is reassigned
    #[serde(rename = "reassignTo", default, deserialize_with = "crate::lenient::string")]
    pub reassign_to: String,
    /// The reason comment for why the reassign was made
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub reason: String,
}

impl ReviewReassign {
    /// Builds the value from its required fields.
    pub fn new(
        reassign: Vec<ReassignReference>,
        reassign_to: impl Into<String>,
        reason: impl Into<String>,
    ) -> Self {
        ReviewReassign {
            reassign,
            reassign_to: reassign_to.into(),
            reason: reason.into(),
        }
    }
}
