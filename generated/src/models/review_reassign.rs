//! `ReviewReassign`, from `v3/schemas/ReviewReassign.yaml`.

use crate::models::ReassignReference;

/// `ReviewReassign` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ReviewReassign {
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub reassign: Vec<ReassignReference>,
    /// The ID of the identity to which the certification is reassigned
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "reassignTo", default, deserialize_with = "crate::lenient::string")]
    pub reassign_to: String,
    /// The reason comment for why the reassign was made
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub reason: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ReviewReassign {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        reassign: Vec<ReassignReference>,
        reassign_to: impl Into<String>,
        reason: impl Into<String>,
    ) -> Self {
        ReviewReassign {
            reassign,
            reassign_to: reassign_to.into(),
            reason: reason.into(),
            additional_properties: Default::default(),
        }
    }
}
