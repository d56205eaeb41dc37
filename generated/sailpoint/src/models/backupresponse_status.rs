//! `BackupresponseStatus`, from `apis/configuration-hub/schemas/backupresponse.yaml#/properties/status`.

/// Status of the backup.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BackupresponseStatus {
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

impl BackupresponseStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            BackupresponseStatus::NotStarted => "NOT_STARTED",
            BackupresponseStatus::InProgress => "IN_PROGRESS",
            BackupresponseStatus::Complete => "COMPLETE",
            BackupresponseStatus::Cancelled => "CANCELLED",
            BackupresponseStatus::Failed => "FAILED",
            BackupresponseStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for BackupresponseStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "NOT_STARTED" => BackupresponseStatus::NotStarted,
            "IN_PROGRESS" => BackupresponseStatus::InProgress,
            "COMPLETE" => BackupresponseStatus::Complete,
            "CANCELLED" => BackupresponseStatus::Cancelled,
            "FAILED" => BackupresponseStatus::Failed,
            other => BackupresponseStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(BackupresponseStatus);
