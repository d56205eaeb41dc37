//! `ConfigurationDetailsResponse`, from `beta/schemas/work-reassignment/ConfigurationDetailsResponse.yaml`.

use crate::models::{AuditDetails, ConfigTypeEnum, WorkReassignmentIdentity};

/// The request body of Reassignment Configuration Details for a specific identity and config type
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigurationDetailsResponse {
    #[serde(rename = "configType", default, skip_serializing_if = "Option::is_none")]
    pub config_type: Option<ConfigTypeEnum>,
    #[serde(rename = "targetIdentity", default, skip_serializing_if = "Option::is_none")]
    pub target_identity: Option<WorkReassignmentIdentity>,
    /// The date from which to start reassigning work items
    #[serde(
        rename = "startDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The date from which to stop reassigning work items.  If this is an empty string it indicates a permanent reassignment.
    #[serde(
        rename = "endDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub end_date: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "auditDetails", default, skip_serializing_if = "Option::is_none")]
    pub audit_details: Option<AuditDetails>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ConfigurationDetailsResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ConfigurationDetailsResponse {
            config_type: None,
            target_identity: None,
            start_date: None,
            end_date: None,
            audit_details: None,
            additional_properties: Default::default(),
        }
    }
}
