//! `DraftresponseStatus`, from `apis/configuration-hub/schemas/draftresponse.yaml#/properties/status`.

/// Status of the job.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DraftresponseStatus {
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

impl DraftresponseStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DraftresponseStatus::NotStarted => "NOT_STARTED",
            DraftresponseStatus::InProgress => "IN_PROGRESS",
            DraftresponseStatus::Complete => "COMPLETE",
            DraftresponseStatus::Cancelled => "CANCELLED",
            DraftresponseStatus::Failed => "FAILED",
            DraftresponseStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for DraftresponseStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "NOT_STARTED" => DraftresponseStatus::NotStarted,
            "IN_PROGRESS" => DraftresponseStatus::InProgress,
            "COMPLETE" => DraftresponseStatus::Complete,
            "CANCELLED" => DraftresponseStatus::Cancelled,
            "FAILED" => DraftresponseStatus::Failed,
            other => DraftresponseStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DraftresponseStatus);
