//! `AdminReviewReassign`, from `beta/schemas/AdminReviewReassign.yaml`.

use crate::models::AdminReviewReassignReassignTo;

/// `AdminReviewReassign` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AdminReviewReassign {
    /// List of certification IDs to reassign
    #[serde(
        rename = "certificationIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub certification_ids: Option<Vec<String>>,
    #[serde(rename = "reassignTo", default, skip_serializing_if = "Option::is_none")]
    pub reassign_to: Option<AdminReviewReassignReassignTo>,
    /// Comment to explain why the certification was reassigned
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub reason: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AdminReviewReassign {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AdminReviewReassign {
            certification_ids: None,
            reassign_to: None,
            reason: None,
            additional_properties: Default::default(),
        }
    }
}
