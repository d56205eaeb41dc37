//! `SourcesyncjobStatus`, from `apis/sources/schemas/sourcesyncjob.yaml#/properties/status`.

/// The job status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourcesyncjobStatus {
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

impl SourcesyncjobStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourcesyncjobStatus::Queued => "QUEUED",
            SourcesyncjobStatus::InProgress => "IN_PROGRESS",
            SourcesyncjobStatus::Success => "SUCCESS",
            SourcesyncjobStatus::Error => "ERROR",
            SourcesyncjobStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourcesyncjobStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "QUEUED" => SourcesyncjobStatus::Queued,
            "IN_PROGRESS" => SourcesyncjobStatus::InProgress,
            "SUCCESS" => SourcesyncjobStatus::Success,
            "ERROR" => SourcesyncjobStatus::Error,
            other => SourcesyncjobStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourcesyncjobStatus);
