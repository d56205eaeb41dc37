//! `NonemployeebulkuploadstatusStatus`, from `apis/non-employee-lifecycle-management/schemas/nonemployeebulkuploadstatus.yaml#/properties/status`.

/// Returns the following values indicating the progress or result of the bulk upload job.
/// "PENDING" means the job is queued and waiting to be processed.
/// "IN_PROGRESS" means the job is currently being processed.
/// "COMPLETED" means the job has been completed without any errors.
/// "ERROR" means the job failed to process with errors.
/// null means job has been submitted to the source.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NonemployeebulkuploadstatusStatus {
    /// `PENDING`
    Pending,
    /// `IN_PROGRESS`
    InProgress,
    /// `COMPLETED`
    Completed,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl NonemployeebulkuploadstatusStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            NonemployeebulkuploadstatusStatus::Pending => "PENDING",
            NonemployeebulkuploadstatusStatus::InProgress => "IN_PROGRESS",
            NonemployeebulkuploadstatusStatus::Completed => "COMPLETED",
            NonemployeebulkuploadstatusStatus::Error => "ERROR",
            NonemployeebulkuploadstatusStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for NonemployeebulkuploadstatusStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => NonemployeebulkuploadstatusStatus::Pending,
            "IN_PROGRESS" => NonemployeebulkuploadstatusStatus::InProgress,
            "COMPLETED" => NonemployeebulkuploadstatusStatus::Completed,
            "ERROR" => NonemployeebulkuploadstatusStatus::Error,
            other => NonemployeebulkuploadstatusStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(NonemployeebulkuploadstatusStatus);
