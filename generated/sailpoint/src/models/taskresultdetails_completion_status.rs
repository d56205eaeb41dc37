//! `TaskresultdetailsCompletionStatus`, from `apis/reports-data-extraction/schemas/taskresultdetails.yaml#/properties/completionStatus`.

/// Report completion status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskresultdetailsCompletionStatus {
    /// `SUCCESS`
    Success,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// `TERMINATED`
    Terminated,
    /// `TEMP_ERROR`
    TempError,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TaskresultdetailsCompletionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaskresultdetailsCompletionStatus::Success => "SUCCESS",
            TaskresultdetailsCompletionStatus::Warning => "WARNING",
            TaskresultdetailsCompletionStatus::Error => "ERROR",
            TaskresultdetailsCompletionStatus::Terminated => "TERMINATED",
            TaskresultdetailsCompletionStatus::TempError => "TEMP_ERROR",
            TaskresultdetailsCompletionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskresultdetailsCompletionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => TaskresultdetailsCompletionStatus::Success,
            "WARNING" => TaskresultdetailsCompletionStatus::Warning,
            "ERROR" => TaskresultdetailsCompletionStatus::Error,
            "TERMINATED" => TaskresultdetailsCompletionStatus::Terminated,
            "TEMP_ERROR" => TaskresultdetailsCompletionStatus::TempError,
            other => TaskresultdetailsCompletionStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaskresultdetailsCompletionStatus);
