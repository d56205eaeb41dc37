//! `NonEmployeeBulkUploadJobStatus`, from `beta/schemas/NonEmployeeBulkUploadJob.yaml#/properties/status`.

/// Returns the following values indicating the progress or result of the bulk upload job.
/// "PENDING" means the job is queued and waiting to be processed.
/// "IN_PROGRESS" means the job is currently being processed.
/// "COMPLETED" means the job has been completed without any errors.
/// "ERROR" means the job failed to process with errors.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NonEmployeeBulkUploadJobStatus {
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

impl NonEmployeeBulkUploadJobStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            NonEmployeeBulkUploadJobStatus::Pending => "PENDING",
            NonEmployeeBulkUploadJobStatus::InProgress => "IN_PROGRESS",
            NonEmployeeBulkUploadJobStatus::Completed => "COMPLETED",
            NonEmployeeBulkUploadJobStatus::Error => "ERROR",
            NonEmployeeBulkUploadJobStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for NonEmployeeBulkUploadJobStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => NonEmployeeBulkUploadJobStatus::Pending,
            "IN_PROGRESS" => NonEmployeeBulkUploadJobStatus::InProgress,
            "COMPLETED" => NonEmployeeBulkUploadJobStatus::Completed,
            "ERROR" => NonEmployeeBulkUploadJobStatus::Error,
            other => NonEmployeeBulkUploadJobStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(NonEmployeeBulkUploadJobStatus);
