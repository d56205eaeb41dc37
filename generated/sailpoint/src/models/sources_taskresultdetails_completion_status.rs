//! `SourcesTaskresultdetailsCompletionStatus`, from `apis/sources/schemas/taskresultdetails.yaml#/properties/completionStatus`.

/// Task completion status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourcesTaskresultdetailsCompletionStatus {
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

impl SourcesTaskresultdetailsCompletionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourcesTaskresultdetailsCompletionStatus::Success => "SUCCESS",
            SourcesTaskresultdetailsCompletionStatus::Warning => "WARNING",
            SourcesTaskresultdetailsCompletionStatus::Error => "ERROR",
            SourcesTaskresultdetailsCompletionStatus::Terminated => "TERMINATED",
            SourcesTaskresultdetailsCompletionStatus::TempError => "TEMP_ERROR",
            SourcesTaskresultdetailsCompletionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourcesTaskresultdetailsCompletionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => SourcesTaskresultdetailsCompletionStatus::Success,
            "WARNING" => SourcesTaskresultdetailsCompletionStatus::Warning,
            "ERROR" => SourcesTaskresultdetailsCompletionStatus::Error,
            "TERMINATED" => SourcesTaskresultdetailsCompletionStatus::Terminated,
            "TEMP_ERROR" => SourcesTaskresultdetailsCompletionStatus::TempError,
            other => SourcesTaskresultdetailsCompletionStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourcesTaskresultdetailsCompletionStatus);
