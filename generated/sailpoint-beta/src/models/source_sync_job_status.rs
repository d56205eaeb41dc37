//! `SourceSyncJobStatus`, from `beta/schemas/SourceSyncJob.yaml#/properties/status`.

/// The job status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourceSyncJobStatus {
    /// `QUEUED`
    Queued,
    /// `IN_PROGRESS`
    InProgress,
    /// `SUCCESS`
    Success,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourceSyncJobStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourceSyncJobStatus::Queued => "QUEUED",
            SourceSyncJobStatus::InProgress => "IN_PROGRESS",
            SourceSyncJobStatus::Success => "SUCCESS",
            SourceSyncJobStatus::Error => "ERROR",
            SourceSyncJobStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourceSyncJobStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "QUEUED" => SourceSyncJobStatus::Queued,
            "IN_PROGRESS" => SourceSyncJobStatus::InProgress,
            "SUCCESS" => SourceSyncJobStatus::Success,
            "ERROR" => SourceSyncJobStatus::Error,
            other => SourceSyncJobStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourceSyncJobStatus);
