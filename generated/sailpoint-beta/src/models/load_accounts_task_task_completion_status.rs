//! `LoadAccountsTaskTaskCompletionStatus`, from `beta/schemas/LoadAccountsTask.yaml#/properties/task/properties/completionStatus`.

/// Task completion status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LoadAccountsTaskTaskCompletionStatus {
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

impl LoadAccountsTaskTaskCompletionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LoadAccountsTaskTaskCompletionStatus::Success => "SUCCESS",
            LoadAccountsTaskTaskCompletionStatus::Warning => "WARNING",
            LoadAccountsTaskTaskCompletionStatus::Error => "ERROR",
            LoadAccountsTaskTaskCompletionStatus::Terminated => "TERMINATED",
            LoadAccountsTaskTaskCompletionStatus::TempError => "TEMP_ERROR",
            LoadAccountsTaskTaskCompletionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for LoadAccountsTaskTaskCompletionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => LoadAccountsTaskTaskCompletionStatus::Success,
            "WARNING" => LoadAccountsTaskTaskCompletionStatus::Warning,
            "ERROR" => LoadAccountsTaskTaskCompletionStatus::Error,
            "TERMINATED" => LoadAccountsTaskTaskCompletionStatus::Terminated,
            "TEMP_ERROR" => LoadAccountsTaskTaskCompletionStatus::TempError,
            other => LoadAccountsTaskTaskCompletionStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(LoadAccountsTaskTaskCompletionStatus);
