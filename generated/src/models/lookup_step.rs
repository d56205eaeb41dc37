//! `LookupStep`, from `beta/schemas/work-reassignment/LookupStep.yaml`.

use crate::models::ReassignmentTypeEnum;

/// The definition of an Identity according to the Reassignment Configuration service
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LookupStep {
    /// The ID of the Identity who work is reassigned to
    #[serde(
        rename = "reassignedToId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub reassigned_to_id: Option<String>,
    /// The ID of the Identity who work is reassigned from
    #[serde(
        rename = "reassignedFromId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub reassigned_from_id: Option<String>,
    /// Reassignment type
    #[serde(
        rename = "reassignmentType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reassignment_type: Option<ReassignmentTypeEnum>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LookupStep {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        LookupStep {
            reassigned_to_id: None,
            reassigned_from_id: None,
            reassignment_type: None,
            additional_properties: Default::default(),
        }
    }
}
