//! `AuditDetails`, from `beta/schemas/work-reassignment/AuditDetails.yaml`.

use crate::models::WorkReassignmentIdentity;

/// Audit details for the reassignment configuration of an identity
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AuditDetails {
    /// Initial date and time when the record was created
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<WorkReassignmentIdentity>,
    /// Last modified date and time for the record
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "modifiedBy", default, skip_serializing_if = "Option::is_none")]
    pub modified_by: Option<WorkReassignmentIdentity>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AuditDetails {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AuditDetails {
            created: None,
            created_by: None,
            modified: None,
            modified_by: None,
            additional_properties: Default::default(),
        }
    }
}
