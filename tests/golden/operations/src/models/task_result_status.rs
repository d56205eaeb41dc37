//! `TaskResultStatus`, from `openapi.yaml#/components/schemas/TaskResult/properties/status`.

/// `TaskResultStatus` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskResultStatus {
    /// `QUEUED`
    Queued,
    /// `RUNNING`
    Running,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TaskResultStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaskResultStatus::Queued => "QUEUED",
            TaskResultStatus::Running => "RUNNING",
            TaskResultStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskResultStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "QUEUED" => TaskResultStatus::Queued,
            "RUNNING" => TaskResultStatus::Running,
            other => TaskResultStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaskResultStatus);
