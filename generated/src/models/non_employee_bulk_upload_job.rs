//! `NonEmployeeBulkUploadJob`, from `beta/schemas/NonEmployeeBulkUploadJob.yaml`.

use crate::models::NonEmployeeBulkUploadJobStatus;

/// `NonEmployeeBulkUploadJob` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NonEmployeeBulkUploadJob {
    /// The bulk upload job's ID. (UUID)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The ID of the source to bulk-upload non-employees to. (UUID)
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_id: Option<String>,
    /// The date-time the job was submitted.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The date-time that the job was last updated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Returns the following values indicating the progress or result of the bulk upload job.
    /// "PENDING" means the job is queued and waiting to be processed.
    /// "IN_PROGRESS" means the job is currently being processed.
    /// "COMPLETED" means the job has been completed without any errors.
    /// "ERROR" means the job failed to process with errors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<NonEmployeeBulkUploadJobStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl NonEmployeeBulkUploadJob {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        NonEmployeeBulkUploadJob {
            id: None,
            source_id: None,
            created: None,
            modified: None,
            status: None,
            additional_properties: Default::default(),
        }
    }
}
