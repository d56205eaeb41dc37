//! `TaskstatusType`, from `apis/identities/schemas/taskstatus.yaml#/properties/type`.

/// Type of task this TaskStatus represents
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskstatusType {
    /// `QUARTZ`
    Quartz,
    /// `QPOC`
    Qpoc,
    /// `QUEUED_TASK`
    QueuedTask,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TaskstatusType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaskstatusType::Quartz => "QUARTZ",
            TaskstatusType::Qpoc => "QPOC",
            TaskstatusType::QueuedTask => "QUEUED_TASK",
            TaskstatusType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskstatusType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "QUARTZ" => TaskstatusType::Quartz,
            "QPOC" => TaskstatusType::Qpoc,
            "QUEUED_TASK" => TaskstatusType::QueuedTask,
            other => TaskstatusType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaskstatusType);
