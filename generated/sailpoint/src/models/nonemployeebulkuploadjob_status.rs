//! `NonemployeebulkuploadjobStatus`, from `apis/non-employee-lifecycle-management/schemas/nonemployeebulkuploadjob.yaml#/properties/status`.

/// Returns the following values indicating the progress or result of the bulk upload job.
/// "PENDING" means the job is queued and waiting to be processed.
/// "IN_PROGRESS" means the job is currently being processed.
/// "COMPLETED" means the job has been completed without any errors.
/// "ERROR" means the job failed to process with errors.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NonemployeebulkuploadjobStatus {
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

impl NonemployeebulkuploadjobStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            NonemployeebulkuploadjobStatus::Pending => "PENDING",
            NonemployeebulkuploadjobStatus::InProgress => "IN_PROGRESS",
            NonemployeebulkuploadjobStatus::Completed => "COMPLETED",
            NonemployeebulkuploadjobStatus::Error => "ERROR",
            NonemployeebulkuploadjobStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for NonemployeebulkuploadjobStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => NonemployeebulkuploadjobStatus::Pending,
            "IN_PROGRESS" => NonemployeebulkuploadjobStatus::InProgress,
            "COMPLETED" => NonemployeebulkuploadjobStatus::Completed,
            "ERROR" => NonemployeebulkuploadjobStatus::Error,
            other => NonemployeebulkuploadjobStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(NonemployeebulkuploadjobStatus);
