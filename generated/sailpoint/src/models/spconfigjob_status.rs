//! `SpconfigjobStatus`, from `apis/sp-config/schemas/spconfigjob.yaml#/properties/status`.

/// Status of the job.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SpconfigjobStatus {
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

impl SpconfigjobStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SpconfigjobStatus::NotStarted => "NOT_STARTED",
            SpconfigjobStatus::InProgress => "IN_PROGRESS",
            SpconfigjobStatus::Complete => "COMPLETE",
            SpconfigjobStatus::Cancelled => "CANCELLED",
            SpconfigjobStatus::Failed => "FAILED",
            SpconfigjobStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for SpconfigjobStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "NOT_STARTED" => SpconfigjobStatus::NotStarted,
            "IN_PROGRESS" => SpconfigjobStatus::InProgress,
            "COMPLETE" => SpconfigjobStatus::Complete,
            "CANCELLED" => SpconfigjobStatus::Cancelled,
            "FAILED" => SpconfigjobStatus::Failed,
            other => SpconfigjobStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SpconfigjobStatus);
