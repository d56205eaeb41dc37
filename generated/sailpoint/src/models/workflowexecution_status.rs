//! `WorkflowexecutionStatus`, from `apis/workflows/schemas/workflowexecution.yaml#/properties/status`.

/// Workflow execution status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkflowexecutionStatus {
    /// `Completed`
    Completed,
    /// `Failed`
    Failed,
    /// `Canceled`
    Canceled,
    /// `Running`
    Running,
    /// `Queued`
    Queued,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl WorkflowexecutionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            WorkflowexecutionStatus::Completed => "Completed",
            WorkflowexecutionStatus::Failed => "Failed",
            WorkflowexecutionStatus::Canceled => "Canceled",
            WorkflowexecutionStatus::Running => "Running",
            WorkflowexecutionStatus::Queued => "Queued",
            WorkflowexecutionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkflowexecutionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Completed" => WorkflowexecutionStatus::Completed,
            "Failed" => WorkflowexecutionStatus::Failed,
            "Canceled" => WorkflowexecutionStatus::Canceled,
            "Running" => WorkflowexecutionStatus::Running,
            "Queued" => WorkflowexecutionStatus::Queued,
            other => WorkflowexecutionStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(WorkflowexecutionStatus);
