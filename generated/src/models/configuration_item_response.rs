//! `ConfigurationItemResponse`, from `beta/schemas/work-reassignment/ConfigurationItemResponse.yaml`.

use crate::models::{ConfigurationDetailsResponse, WorkReassignmentIdentity};

/// The response body of a Reassignment Configuration for a single identity
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigurationItemResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<WorkReassignmentIdentity>,
    /// Details of how work should be reassigned for an Identity
    #[serde(rename = "configDetails", default, skip_serializing_if = "Option::is_none")]
    pub config_details: Option<Vec<ConfigurationDetailsResponse>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ConfigurationItemResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ConfigurationItemResponse {
            identity: None,
            config_details: None,
            additional_properties: Default::default(),
        }
    }
}
