//! `TaskManagementTaskstatusCompletionStatus`, from `apis/task-management/schemas/taskstatus.yaml#/properties/completionStatus`.

/// Completion status of the task this TaskStatus represents
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskManagementTaskstatusCompletionStatus {
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

impl TaskManagementTaskstatusCompletionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaskManagementTaskstatusCompletionStatus::Success => "SUCCESS",
            TaskManagementTaskstatusCompletionStatus::Warning => "WARNING",
            TaskManagementTaskstatusCompletionStatus::Error => "ERROR",
            TaskManagementTaskstatusCompletionStatus::Terminated => "TERMINATED",
            TaskManagementTaskstatusCompletionStatus::Temperror => "TEMPERROR",
            TaskManagementTaskstatusCompletionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskManagementTaskstatusCompletionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => TaskManagementTaskstatusCompletionStatus::Success,
            "WARNING" => TaskManagementTaskstatusCompletionStatus::Warning,
            "ERROR" => TaskManagementTaskstatusCompletionStatus::Error,
            "TERMINATED" => TaskManagementTaskstatusCompletionStatus::Terminated,
            "TEMPERROR" => TaskManagementTaskstatusCompletionStatus::Temperror,
            other => TaskManagementTaskstatusCompletionStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaskManagementTaskstatusCompletionStatus);
