//! `SpConfigJobStatus`, from `beta/schemas/SpConfigJob.yaml#/properties/status`.

/// Status of the job.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SpConfigJobStatus {
    /// `NOT_STARTED`
    NotStarted,
    /// `IN_PROGRESS`
    InProgress,
    /// `COMPLETE`
    Complete,
    /// `CANCELLED`
    Cancelled,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SpConfigJobStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SpConfigJobStatus::NotStarted => "NOT_STARTED",
            SpConfigJobStatus::InProgress => "IN_PROGRESS",
            SpConfigJobStatus::Complete => "COMPLETE",
            SpConfigJobStatus::Cancelled => "CANCELLED",
            SpConfigJobStatus::Failed => "FAILED",
            SpConfigJobStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for SpConfigJobStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "NOT_STARTED" => SpConfigJobStatus::NotStarted,
            "IN_PROGRESS" => SpConfigJobStatus::InProgress,
            "COMPLETE" => SpConfigJobStatus::Complete,
            "CANCELLED" => SpConfigJobStatus::Cancelled,
            "FAILED" => SpConfigJobStatus::Failed,
            other => SpConfigJobStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SpConfigJobStatus);
