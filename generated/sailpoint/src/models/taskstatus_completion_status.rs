//! `TaskstatusCompletionStatus`, from `apis/identities/schemas/taskstatus.yaml#/properties/completionStatus`.

/// Completion status of the task this TaskStatus represents
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskstatusCompletionStatus {
    /// `SUCCESS`
    Success,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// `TERMINATED`
    Terminated,
    /// `TEMPERROR`
    Temperror,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TaskstatusCompletionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaskstatusCompletionStatus::Success => "SUCCESS",
            TaskstatusCompletionStatus::Warning => "WARNING",
            TaskstatusCompletionStatus::Error => "ERROR",
            TaskstatusCompletionStatus::Terminated => "TERMINATED",
            TaskstatusCompletionStatus::Temperror => "TEMPERROR",
            TaskstatusCompletionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskstatusCompletionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => TaskstatusCompletionStatus::Success,
            "WARNING" => TaskstatusCompletionStatus::Warning,
            "ERROR" => TaskstatusCompletionStatus::Error,
            "TERMINATED" => TaskstatusCompletionStatus::Terminated,
            "TEMPERROR" => TaskstatusCompletionStatus::Temperror,
            other => TaskstatusCompletionStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaskstatusCompletionStatus);
