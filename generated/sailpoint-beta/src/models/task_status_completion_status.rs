//! `TaskStatusCompletionStatus`, from `beta/schemas/TaskStatus.yaml#/properties/completionStatus`.

/// Completion status of the task this TaskStatus represents
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskStatusCompletionStatus {
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

impl TaskStatusCompletionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaskStatusCompletionStatus::Success => "SUCCESS",
            TaskStatusCompletionStatus::Warning => "WARNING",
            TaskStatusCompletionStatus::Error => "ERROR",
            TaskStatusCompletionStatus::Terminated => "TERMINATED",
            TaskStatusCompletionStatus::Temperror => "TEMPERROR",
            TaskStatusCompletionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskStatusCompletionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => TaskStatusCompletionStatus::Success,
            "WARNING" => TaskStatusCompletionStatus::Warning,
            "ERROR" => TaskStatusCompletionStatus::Error,
            "TERMINATED" => TaskStatusCompletionStatus::Terminated,
            "TEMPERROR" => TaskStatusCompletionStatus::Temperror,
            other => TaskStatusCompletionStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaskStatusCompletionStatus);
