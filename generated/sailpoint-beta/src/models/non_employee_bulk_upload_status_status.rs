//! `NonEmployeeBulkUploadStatusStatus`, from `beta/schemas/NonEmployeeBulkUploadStatus.yaml#/properties/status`.

/// Returns the following values indicating the progress or result of the bulk upload job.
/// "PENDING" means the job is queued and waiting to be processed.
/// "IN_PROGRESS" means the job is currently being processed.
/// "COMPLETED" means the job has been completed without any errors.
/// "ERROR" means the job failed to process with errors.
/// null means job has been submitted to the source.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NonEmployeeBulkUploadStatusStatus {
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

impl NonEmployeeBulkUploadStatusStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            NonEmployeeBulkUploadStatusStatus::Pending => "PENDING",
            NonEmployeeBulkUploadStatusStatus::InProgress => "IN_PROGRESS",
            NonEmployeeBulkUploadStatusStatus::Completed => "COMPLETED",
            NonEmployeeBulkUploadStatusStatus::Error => "ERROR",
            NonEmployeeBulkUploadStatusStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for NonEmployeeBulkUploadStatusStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => NonEmployeeBulkUploadStatusStatus::Pending,
            "IN_PROGRESS" => NonEmployeeBulkUploadStatusStatus::InProgress,
            "COMPLETED" => NonEmployeeBulkUploadStatusStatus::Completed,
            "ERROR" => NonEmployeeBulkUploadStatusStatus::Error,
            other => NonEmployeeBulkUploadStatusStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(NonEmployeeBulkUploadStatusStatus);
