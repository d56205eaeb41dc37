//! `TaskManagementTaskstatusType`, from `apis/task-management/schemas/taskstatus.yaml#/properties/type`.

/// Type of task this TaskStatus represents
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskManagementTaskstatusType {
    /// `QUARTZ`
    Quartz,
    /// `QPOC`
    Qpoc,
    /// `QUEUED_TASK`
    QueuedTask,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TaskManagementTaskstatusType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaskManagementTaskstatusType::Quartz => "QUARTZ",
            TaskManagementTaskstatusType::Qpoc => "QPOC",
            TaskManagementTaskstatusType::QueuedTask => "QUEUED_TASK",
            TaskManagementTaskstatusType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskManagementTaskstatusType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "QUARTZ" => TaskManagementTaskstatusType::Quartz,
            "QPOC" => TaskManagementTaskstatusType::Qpoc,
            "QUEUED_TASK" => TaskManagementTaskstatusType::QueuedTask,
            other => TaskManagementTaskstatusType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaskManagementTaskstatusType);
