//! `LoaduncorrelatedaccountstaskTaskCompletionStatus`, from `apis/sources/schemas/loaduncorrelatedaccountstask.yaml#/properties/task/properties/completionStatus`.

/// Task completion status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LoaduncorrelatedaccountstaskTaskCompletionStatus {
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

impl LoaduncorrelatedaccountstaskTaskCompletionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LoaduncorrelatedaccountstaskTaskCompletionStatus::Success => "SUCCESS",
            LoaduncorrelatedaccountstaskTaskCompletionStatus::Warning => "WARNING",
            LoaduncorrelatedaccountstaskTaskCompletionStatus::Error => "ERROR",
            LoaduncorrelatedaccountstaskTaskCompletionStatus::Terminated => "TERMINATED",
            LoaduncorrelatedaccountstaskTaskCompletionStatus::TempError => "TEMP_ERROR",
            LoaduncorrelatedaccountstaskTaskCompletionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for LoaduncorrelatedaccountstaskTaskCompletionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => LoaduncorrelatedaccountstaskTaskCompletionStatus::Success,
            "WARNING" => LoaduncorrelatedaccountstaskTaskCompletionStatus::Warning,
            "ERROR" => LoaduncorrelatedaccountstaskTaskCompletionStatus::Error,
            "TERMINATED" => LoaduncorrelatedaccountstaskTaskCompletionStatus::Terminated,
            "TEMP_ERROR" => LoaduncorrelatedaccountstaskTaskCompletionStatus::TempError,
            other => {
                LoaduncorrelatedaccountstaskTaskCompletionStatus::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(LoaduncorrelatedaccountstaskTaskCompletionStatus);
