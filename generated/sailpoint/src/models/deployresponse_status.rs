//! `DeployresponseStatus`, from `apis/configuration-hub/schemas/deployresponse.yaml#/properties/status`.

/// Status of the job.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeployresponseStatus {
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

impl DeployresponseStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DeployresponseStatus::NotStarted => "NOT_STARTED",
            DeployresponseStatus::InProgress => "IN_PROGRESS",
            DeployresponseStatus::Complete => "COMPLETE",
            DeployresponseStatus::Cancelled => "CANCELLED",
            DeployresponseStatus::Failed => "FAILED",
            DeployresponseStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for DeployresponseStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "NOT_STARTED" => DeployresponseStatus::NotStarted,
            "IN_PROGRESS" => DeployresponseStatus::InProgress,
            "COMPLETE" => DeployresponseStatus::Complete,
            "CANCELLED" => DeployresponseStatus::Cancelled,
            "FAILED" => DeployresponseStatus::Failed,
            other => DeployresponseStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DeployresponseStatus);
