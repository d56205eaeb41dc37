//! `TaskResultSimplifiedCompletionStatus`, from `v3/schemas/TaskResultSimplified.yaml#/properties/completionStatus`.

/// Task result status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskResultSimplifiedCompletionStatus {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Error`
    Error,
    /// `Terminated`
    Terminated,
    /// `TempError`
    TempError,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TaskResultSimplifiedCompletionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaskResultSimplifiedCompletionStatus::Success => "Success",
            TaskResultSimplifiedCompletionStatus::Warning => "Warning",
            TaskResultSimplifiedCompletionStatus::Error => "Error",
            TaskResultSimplifiedCompletionStatus::Terminated => "Terminated",
            TaskResultSimplifiedCompletionStatus::TempError => "TempError",
            TaskResultSimplifiedCompletionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskResultSimplifiedCompletionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Success" => TaskResultSimplifiedCompletionStatus::Success,
            "Warning" => TaskResultSimplifiedCompletionStatus::Warning,
            "Error" => TaskResultSimplifiedCompletionStatus::Error,
            "Terminated" => TaskResultSimplifiedCompletionStatus::Terminated,
            "TempError" => TaskResultSimplifiedCompletionStatus::TempError,
            other => TaskResultSimplifiedCompletionStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaskResultSimplifiedCompletionStatus);
