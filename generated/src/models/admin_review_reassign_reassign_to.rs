//! `AdminReviewReassignReassignTo`, from `beta/schemas/AdminReviewReassign.yaml#/properties/reassignTo`.

use crate::models::AdminReviewReassignReassignToType;

/// `AdminReviewReassignReassignTo` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AdminReviewReassignReassignTo {
    /// The identity ID to which the review is being assigned.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The type of the ID provided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AdminReviewReassignReassignToType>,
}

impl AdminReviewReassignReassignTo {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AdminReviewReassignReassignTo {
            id: None,
            r#type: None,
        }
    }
}
