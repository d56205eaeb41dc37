//! `SpConfigExportJobStatus`, from `beta/schemas/SpConfigExportJobStatus.yaml`.

use crate::models::{SpConfigJobStatus, SpConfigJobType};

/// `SpConfigExportJobStatus` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SpConfigExportJobStatus {
    /// Unique id assigned to this job.
    #[serde(rename = "jobId", default, deserialize_with = "crate::lenient::string")]
    pub job_id: String,
    /// Status of the job.
    pub status: SpConfigJobStatus,
    /// Type of the job, either export or import.
    pub r#type: SpConfigJobType,
    /// The time until which the artifacts will be available for download.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub expiration: Option<chrono::DateTime<chrono::Utc>>,
    /// The time the job was started.
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub created: chrono::DateTime<chrono::Utc>,
    /// The time of the last update to the job.
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub modified: chrono::DateTime<chrono::Utc>,
    /// Optional user defined description/name for export job.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// The time the job was completed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
}

impl SpConfigExportJobStatus {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        job_id: impl Into<String>,
        status: SpConfigJobStatus,
        r#type: SpConfigJobType,
        created: chrono::DateTime<chrono::Utc>,
        modified: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        SpConfigExportJobStatus {
            job_id: job_id.into(),
            status,
            r#type,
            expiration: None,
            created,
            modified,
            description: None,
            completed: None,
        }
    }
}
