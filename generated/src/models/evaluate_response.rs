//! `EvaluateResponse`, from `beta/schemas/work-reassignment/EvaluateResponse.yaml`.

use crate::models::LookupStep;

/// The response body for Evaluate Reassignment Configuration
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EvaluateResponse {
    /// The Identity ID which should be the recipient of any work items sent to a specific identity & work type
    #[serde(
        rename = "reassignToId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub reassign_to_id: Option<String>,
    /// List of Reassignments found by looking up the next `TargetIdentity` in a ReassignmentConfiguration
    #[serde(rename = "lookupTrail", default, skip_serializing_if = "Option::is_none")]
    pub lookup_trail: Option<Vec<LookupStep>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl EvaluateResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        EvaluateResponse {
            reassign_to_id: None,
            lookup_trail: None,
            additional_properties: Default::default(),
        }
    }
}
