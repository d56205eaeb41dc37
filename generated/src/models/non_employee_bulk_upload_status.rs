//! `NonEmployeeBulkUploadStatus`, from `beta/schemas/NonEmployeeBulkUploadStatus.yaml`.

use crate::models::NonEmployeeBulkUploadStatusStatus;

/// `NonEmployeeBulkUploadStatus` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NonEmployeeBulkUploadStatus {
    /// Returns the following values indicating the progress or result of the bulk upload job.
    /// "PENDING" means the job is queued and waiting to be processed.
    /// "IN_PROGRESS" means the job is currently being processed.
    /// "COMPLETED" means the job has been completed without any errors.
    /// "ERROR" means the job failed to process with errors.
    /// null means job has been submitted to the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<NonEmployeeBulkUploadStatusStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl NonEmployeeBulkUploadStatus {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        NonEmployeeBulkUploadStatus {
            status: None,
            additional_properties: Default::default(),
        }
    }
}
