//! `AdminReviewReassignReassignTo`, from `beta/schemas/AdminReviewReassign.yaml#/properties/reassignTo`.

use crate::models::AdminReviewReassignReassignToType;

/// `AdminReviewReassignReassignTo` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AdminReviewReassignReassignTo {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AdminReviewReassignReassignTo {
            id: None,
            r#type: None,
            additional_properties: Default::default(),
        }
    }
}
