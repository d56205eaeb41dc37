//! `LoadaccountstaskTaskCompletionStatus`, from `apis/sources/schemas/loadaccountstask.yaml#/properties/task/properties/completionStatus`.

/// Task completion status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LoadaccountstaskTaskCompletionStatus {
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

impl LoadaccountstaskTaskCompletionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LoadaccountstaskTaskCompletionStatus::Success => "SUCCESS",
            LoadaccountstaskTaskCompletionStatus::Warning => "WARNING",
            LoadaccountstaskTaskCompletionStatus::Error => "ERROR",
            LoadaccountstaskTaskCompletionStatus::Terminated => "TERMINATED",
            LoadaccountstaskTaskCompletionStatus::TempError => "TEMP_ERROR",
            LoadaccountstaskTaskCompletionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for LoadaccountstaskTaskCompletionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => LoadaccountstaskTaskCompletionStatus::Success,
            "WARNING" => LoadaccountstaskTaskCompletionStatus::Warning,
            "ERROR" => LoadaccountstaskTaskCompletionStatus::Error,
            "TERMINATED" => LoadaccountstaskTaskCompletionStatus::Terminated,
            "TEMP_ERROR" => LoadaccountstaskTaskCompletionStatus::TempError,
            other => LoadaccountstaskTaskCompletionStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(LoadaccountstaskTaskCompletionStatus);
