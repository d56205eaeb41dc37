//! `WorkflowExecutionEventType`, from `beta/schemas/WorkflowExecutionEvent.yaml`.
crate::string_enum! {
    #[doc = " The type of event"] pub enum WorkflowExecutionEventType { #[doc =
    " `WorkflowExecutionScheduled`"] WorkflowExecutionScheduled =
    "WorkflowExecutionScheduled", #[doc = " `WorkflowExecutionStarted`"]
    WorkflowExecutionStarted = "WorkflowExecutionStarted", #[doc =
    " `WorkflowExecutionCompleted`"] WorkflowExecutionCompleted =
    "WorkflowExecutionCompleted", #[doc = " `WorkflowExecutionFailed`"]
    WorkflowExecutionFailed = "WorkflowExecutionFailed", #[doc =
    " `WorkflowTaskScheduled`"] WorkflowTaskScheduled = "WorkflowTaskScheduled", #[doc =
    " `WorkflowTaskStarted`"] WorkflowTaskStarted = "WorkflowTaskStarted", #[doc =
    " `WorkflowTaskCompleted`"] WorkflowTaskCompleted = "WorkflowTaskCompleted", #[doc =
    " `WorkflowTaskFailed`"] WorkflowTaskFailed = "WorkflowTaskFailed", #[doc =
    " `ActivityTaskScheduled`"] ActivityTaskScheduled = "ActivityTaskScheduled", #[doc =
    " `ActivityTaskStarted`"] ActivityTaskStarted = "ActivityTaskStarted", #[doc =
    " `ActivityTaskCompleted`"] ActivityTaskCompleted = "ActivityTaskCompleted", #[doc =
    " `ActivityTaskFailed`"] ActivityTaskFailed = "ActivityTaskFailed", }
}
