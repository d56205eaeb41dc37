//! `TaskStatusType`, from `beta/schemas/TaskStatus.yaml#/properties/type`.

/// Type of task this TaskStatus represents
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskStatusType {
    /// `QUARTZ`
    Quartz,
    /// `QPOC`
    Qpoc,
    /// `QUEUED_TASK`
    QueuedTask,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TaskStatusType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaskStatusType::Quartz => "QUARTZ",
            TaskStatusType::Qpoc => "QPOC",
            TaskStatusType::QueuedTask => "QUEUED_TASK",
            TaskStatusType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskStatusType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "QUARTZ" => TaskStatusType::Quartz,
            "QPOC" => TaskStatusType::Qpoc,
            "QUEUED_TASK" => TaskStatusType::QueuedTask,
            other => TaskStatusType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaskStatusType);
