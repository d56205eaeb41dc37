//! `IdentitySyncJobStatus`, from `beta/schemas/IdentitySyncJob.yaml#/properties/status`.

/// The job status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentitySyncJobStatus {
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

impl IdentitySyncJobStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentitySyncJobStatus::Queued => "QUEUED",
            IdentitySyncJobStatus::InProgress => "IN_PROGRESS",
            IdentitySyncJobStatus::Success => "SUCCESS",
            IdentitySyncJobStatus::Error => "ERROR",
            IdentitySyncJobStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentitySyncJobStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "QUEUED" => IdentitySyncJobStatus::Queued,
            "IN_PROGRESS" => IdentitySyncJobStatus::InProgress,
            "SUCCESS" => IdentitySyncJobStatus::Success,
            "ERROR" => IdentitySyncJobStatus::Error,
            other => IdentitySyncJobStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentitySyncJobStatus);
