//! `LoadUncorrelatedAccountsTaskTaskCompletionStatus`, from `beta/schemas/LoadUncorrelatedAccountsTask.yaml#/properties/task/properties/completionStatus`.

/// Task completion status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LoadUncorrelatedAccountsTaskTaskCompletionStatus {
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

impl LoadUncorrelatedAccountsTaskTaskCompletionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LoadUncorrelatedAccountsTaskTaskCompletionStatus::Success => "SUCCESS",
            LoadUncorrelatedAccountsTaskTaskCompletionStatus::Warning => "WARNING",
            LoadUncorrelatedAccountsTaskTaskCompletionStatus::Error => "ERROR",
            LoadUncorrelatedAccountsTaskTaskCompletionStatus::Terminated => "TERMINATED",
            LoadUncorrelatedAccountsTaskTaskCompletionStatus::TempError => "TEMP_ERROR",
            LoadUncorrelatedAccountsTaskTaskCompletionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for LoadUncorrelatedAccountsTaskTaskCompletionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => LoadUncorrelatedAccountsTaskTaskCompletionStatus::Success,
            "WARNING" => LoadUncorrelatedAccountsTaskTaskCompletionStatus::Warning,
            "ERROR" => LoadUncorrelatedAccountsTaskTaskCompletionStatus::Error,
            "TERMINATED" => LoadUncorrelatedAccountsTaskTaskCompletionStatus::Terminated,
            "TEMP_ERROR" => LoadUncorrelatedAccountsTaskTaskCompletionStatus::TempError,
            other => {
                LoadUncorrelatedAccountsTaskTaskCompletionStatus::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(LoadUncorrelatedAccountsTaskTaskCompletionStatus);
