//! `TaskStatus`, from `openapi.yaml#/components/schemas/TaskStatus`.

/// Task status; includes an empty value, a wildcard and a value with a space.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskStatus {
    /// `""`
    Empty,
    /// `*`
    Asterisk,
    /// `IN PROGRESS`
    InProgress,
    /// `COMPLETE`
    Complete,
    /// `UNKNOWN`
    UnknownValue,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TaskStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaskStatus::Empty => "",
            TaskStatus::Asterisk => "*",
            TaskStatus::InProgress => "IN PROGRESS",
            TaskStatus::Complete => "COMPLETE",
            TaskStatus::UnknownValue => "UNKNOWN",
            TaskStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "" => TaskStatus::Empty,
            "*" => TaskStatus::Asterisk,
            "IN PROGRESS" => TaskStatus::InProgress,
            "COMPLETE" => TaskStatus::Complete,
            "UNKNOWN" => TaskStatus::UnknownValue,
            other => TaskStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaskStatus);
