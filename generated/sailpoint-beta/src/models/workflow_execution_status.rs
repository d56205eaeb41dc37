//! `WorkflowExecutionStatus`, from `beta/schemas/WorkflowExecution.yaml#/properties/status`.

/// Workflow execution status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkflowExecutionStatus {
    /// `Completed`
    Completed,
    /// `Failed`
    Failed,
    /// `Canceled`
    Canceled,
    /// `Queued`
    Queued,
    /// `Running`
    Running,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl WorkflowExecutionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            WorkflowExecutionStatus::Completed => "Completed",
            WorkflowExecutionStatus::Failed => "Failed",
            WorkflowExecutionStatus::Canceled => "Canceled",
            WorkflowExecutionStatus::Queued => "Queued",
            WorkflowExecutionStatus::Running => "Running",
            WorkflowExecutionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkflowExecutionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Completed" => WorkflowExecutionStatus::Completed,
            "Failed" => WorkflowExecutionStatus::Failed,
            "Canceled" => WorkflowExecutionStatus::Canceled,
            "Queued" => WorkflowExecutionStatus::Queued,
            "Running" => WorkflowExecutionStatus::Running,
            other => WorkflowExecutionStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(WorkflowExecutionStatus);
