//! `SpConfigImportJobStatus`, from `beta/schemas/SpConfigImportJobStatus.yaml`.

use crate::models::{SpConfigJobStatus, SpConfigJobType};

/// `SpConfigImportJobStatus` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SpConfigImportJobStatus {
    /// Unique id assigned to this job.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "jobId", default, deserialize_with = "crate::lenient::string")]
    pub job_id: String,
    /// Status of the job.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SpConfigJobStatus>,
    /// Type of the job, either export or import.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SpConfigJobType>,
    /// The time until which the artifacts will be available for download.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub expiration: Option<chrono::DateTime<chrono::Utc>>,
    /// The time the job was started.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The time of the last update to the job.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// This message contains additional information about the overall status of the job.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub message: Option<String>,
    /// The time the job was completed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SpConfigImportJobStatus {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        job_id: impl Into<String>,
        status: SpConfigJobStatus,
        r#type: SpConfigJobType,
        created: chrono::DateTime<chrono::Utc>,
        modified: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        SpConfigImportJobStatus {
            job_id: job_id.into(),
            status: Some(status),
            r#type: Some(r#type),
            expiration: None,
            created: Some(created),
            modified: Some(modified),
            message: None,
            completed: None,
            additional_properties: Default::default(),
        }
    }
}
