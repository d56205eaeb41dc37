//! `TaskresultsimplifiedCompletionStatus`, from `apis/identity-profiles/schemas/taskresultsimplified.yaml#/properties/completionStatus`.

/// Task result status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskresultsimplifiedCompletionStatus {
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

impl TaskresultsimplifiedCompletionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaskresultsimplifiedCompletionStatus::Success => "Success",
            TaskresultsimplifiedCompletionStatus::Warning => "Warning",
            TaskresultsimplifiedCompletionStatus::Error => "Error",
            TaskresultsimplifiedCompletionStatus::Terminated => "Terminated",
            TaskresultsimplifiedCompletionStatus::TempError => "TempError",
            TaskresultsimplifiedCompletionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskresultsimplifiedCompletionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Success" => TaskresultsimplifiedCompletionStatus::Success,
            "Warning" => TaskresultsimplifiedCompletionStatus::Warning,
            "Error" => TaskresultsimplifiedCompletionStatus::Error,
            "Terminated" => TaskresultsimplifiedCompletionStatus::Terminated,
            "TempError" => TaskresultsimplifiedCompletionStatus::TempError,
            other => TaskresultsimplifiedCompletionStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaskresultsimplifiedCompletionStatus);
