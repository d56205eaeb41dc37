//! `WorkflowExecutionEventType`, from `beta/schemas/WorkflowExecutionEvent.yaml#/properties/type`.

/// The type of event
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkflowExecutionEventType {
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
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl WorkflowExecutionEventType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            WorkflowExecutionEventType::WorkflowExecutionScheduled => {
                "WorkflowExecutionScheduled"
            }
            WorkflowExecutionEventType::WorkflowExecutionStarted => {
                "WorkflowExecutionStarted"
            }
            WorkflowExecutionEventType::WorkflowExecutionCompleted => {
                "WorkflowExecutionCompleted"
            }
            WorkflowExecutionEventType::WorkflowExecutionFailed => {
                "WorkflowExecutionFailed"
            }
            WorkflowExecutionEventType::WorkflowTaskScheduled => "WorkflowTaskScheduled",
            WorkflowExecutionEventType::WorkflowTaskStarted => "WorkflowTaskStarted",
            WorkflowExecutionEventType::WorkflowTaskCompleted => "WorkflowTaskCompleted",
            WorkflowExecutionEventType::WorkflowTaskFailed => "WorkflowTaskFailed",
            WorkflowExecutionEventType::ActivityTaskScheduled => "ActivityTaskScheduled",
            WorkflowExecutionEventType::ActivityTaskStarted => "ActivityTaskStarted",
            WorkflowExecutionEventType::ActivityTaskCompleted => "ActivityTaskCompleted",
            WorkflowExecutionEventType::ActivityTaskFailed => "ActivityTaskFailed",
            WorkflowExecutionEventType::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkflowExecutionEventType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "WorkflowExecutionScheduled" => {
                WorkflowExecutionEventType::WorkflowExecutionScheduled
            }
            "WorkflowExecutionStarted" => {
                WorkflowExecutionEventType::WorkflowExecutionStarted
            }
            "WorkflowExecutionCompleted" => {
                WorkflowExecutionEventType::WorkflowExecutionCompleted
            }
            "WorkflowExecutionFailed" => {
                WorkflowExecutionEventType::WorkflowExecutionFailed
            }
            "WorkflowTaskScheduled" => WorkflowExecutionEventType::WorkflowTaskScheduled,
            "WorkflowTaskStarted" => WorkflowExecutionEventType::WorkflowTaskStarted,
            "WorkflowTaskCompleted" => WorkflowExecutionEventType::WorkflowTaskCompleted,
            "WorkflowTaskFailed" => WorkflowExecutionEventType::WorkflowTaskFailed,
            "ActivityTaskScheduled" => WorkflowExecutionEventType::ActivityTaskScheduled,
            "ActivityTaskStarted" => WorkflowExecutionEventType::ActivityTaskStarted,
            "ActivityTaskCompleted" => WorkflowExecutionEventType::ActivityTaskCompleted,
            "ActivityTaskFailed" => WorkflowExecutionEventType::ActivityTaskFailed,
            other => WorkflowExecutionEventType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(WorkflowExecutionEventType);
