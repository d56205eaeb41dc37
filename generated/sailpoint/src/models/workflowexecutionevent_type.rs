//! `WorkflowexecutioneventType`, from `apis/workflows/schemas/workflowexecutionevent.yaml#/properties/type`.

/// The type of event
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkflowexecutioneventType {
    /// `WorkflowExecutionScheduled`
    WorkflowExecutionScheduled,
    /// `WorkflowExecutionStarted`
    WorkflowExecutionStarted,
    /// `WorkflowExecutionCompleted`
    WorkflowExecutionCompleted,
    /// `WorkflowExecutionFailed`
    WorkflowExecutionFailed,
    /// `WorkflowTaskScheduled`
    WorkflowTaskScheduled,
    /// `WorkflowTaskStarted`
    WorkflowTaskStarted,
    /// `WorkflowTaskCompleted`
    WorkflowTaskCompleted,
    /// `WorkflowTaskFailed`
    WorkflowTaskFailed,
    /// `ActivityTaskScheduled`
    ActivityTaskScheduled,
    /// `ActivityTaskStarted`
    ActivityTaskStarted,
    /// `ActivityTaskCompleted`
    ActivityTaskCompleted,
    /// `ActivityTaskFailed`
    ActivityTaskFailed,
    /// `StartChildWorkflowExecutionInitiated`
    StartChildWorkflowExecutionInitiated,
    /// `ChildWorkflowExecutionStarted`
    ChildWorkflowExecutionStarted,
    /// `ChildWorkflowExecutionCompleted`
    ChildWorkflowExecutionCompleted,
    /// `ChildWorkflowExecutionFailed`
    ChildWorkflowExecutionFailed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl WorkflowexecutioneventType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            WorkflowexecutioneventType::WorkflowExecutionScheduled => {
                "WorkflowExecutionScheduled"
            }
            WorkflowexecutioneventType::WorkflowExecutionStarted => {
                "WorkflowExecutionStarted"
            }
            WorkflowexecutioneventType::WorkflowExecutionCompleted => {
                "WorkflowExecutionCompleted"
            }
            WorkflowexecutioneventType::WorkflowExecutionFailed => {
                "WorkflowExecutionFailed"
            }
            WorkflowexecutioneventType::WorkflowTaskScheduled => "WorkflowTaskScheduled",
            WorkflowexecutioneventType::WorkflowTaskStarted => "WorkflowTaskStarted",
            WorkflowexecutioneventType::WorkflowTaskCompleted => "WorkflowTaskCompleted",
            WorkflowexecutioneventType::WorkflowTaskFailed => "WorkflowTaskFailed",
            WorkflowexecutioneventType::ActivityTaskScheduled => "ActivityTaskScheduled",
            WorkflowexecutioneventType::ActivityTaskStarted => "ActivityTaskStarted",
            WorkflowexecutioneventType::ActivityTaskCompleted => "ActivityTaskCompleted",
            WorkflowexecutioneventType::ActivityTaskFailed => "ActivityTaskFailed",
            WorkflowexecutioneventType::StartChildWorkflowExecutionInitiated => {
                "StartChildWorkflowExecutionInitiated"
            }
            WorkflowexecutioneventType::ChildWorkflowExecutionStarted => {
                "ChildWorkflowExecutionStarted"
            }
            WorkflowexecutioneventType::ChildWorkflowExecutionCompleted => {
                "ChildWorkflowExecutionCompleted"
            }
            WorkflowexecutioneventType::ChildWorkflowExecutionFailed => {
                "ChildWorkflowExecutionFailed"
            }
            WorkflowexecutioneventType::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkflowexecutioneventType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "WorkflowExecutionScheduled" => {
                WorkflowexecutioneventType::WorkflowExecutionScheduled
            }
            "WorkflowExecutionStarted" => {
                WorkflowexecutioneventType::WorkflowExecutionStarted
            }
            "WorkflowExecutionCompleted" => {
                WorkflowexecutioneventType::WorkflowExecutionCompleted
            }
            "WorkflowExecutionFailed" => {
                WorkflowexecutioneventType::WorkflowExecutionFailed
            }
            "WorkflowTaskScheduled" => WorkflowexecutioneventType::WorkflowTaskScheduled,
            "WorkflowTaskStarted" => WorkflowexecutioneventType::WorkflowTaskStarted,
            "WorkflowTaskCompleted" => WorkflowexecutioneventType::WorkflowTaskCompleted,
            "WorkflowTaskFailed" => WorkflowexecutioneventType::WorkflowTaskFailed,
            "ActivityTaskScheduled" => WorkflowexecutioneventType::ActivityTaskScheduled,
            "ActivityTaskStarted" => WorkflowexecutioneventType::ActivityTaskStarted,
            "ActivityTaskCompleted" => WorkflowexecutioneventType::ActivityTaskCompleted,
            "ActivityTaskFailed" => WorkflowexecutioneventType::ActivityTaskFailed,
            "StartChildWorkflowExecutionInitiated" => {
                WorkflowexecutioneventType::StartChildWorkflowExecutionInitiated
            }
            "ChildWorkflowExecutionStarted" => {
                WorkflowexecutioneventType::ChildWorkflowExecutionStarted
            }
            "ChildWorkflowExecutionCompleted" => {
                WorkflowexecutioneventType::ChildWorkflowExecutionCompleted
            }
            "ChildWorkflowExecutionFailed" => {
                WorkflowexecutioneventType::ChildWorkflowExecutionFailed
            }
            other => WorkflowexecutioneventType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(WorkflowexecutioneventType);
