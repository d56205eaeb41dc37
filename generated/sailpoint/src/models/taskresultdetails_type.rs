//! `TaskresultdetailsType`, from `apis/reports-data-extraction/schemas/taskresultdetails.yaml#/properties/type`.

/// Type of the job or task underlying in the report processing. It could be a quartz task, QPOC or MENTOS jobs or a refresh/sync task.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskresultdetailsType {
    /// `QUARTZ`
    Quartz,
    /// `QPOC`
    Qpoc,
    /// `MENTOS`
    Mentos,
    /// `QUEUED_TASK`
    QueuedTask,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TaskresultdetailsType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaskresultdetailsType::Quartz => "QUARTZ",
            TaskresultdetailsType::Qpoc => "QPOC",
            TaskresultdetailsType::Mentos => "MENTOS",
            TaskresultdetailsType::QueuedTask => "QUEUED_TASK",
            TaskresultdetailsType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskresultdetailsType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "QUARTZ" => TaskresultdetailsType::Quartz,
            "QPOC" => TaskresultdetailsType::Qpoc,
            "MENTOS" => TaskresultdetailsType::Mentos,
            "QUEUED_TASK" => TaskresultdetailsType::QueuedTask,
            other => TaskresultdetailsType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaskresultdetailsType);
