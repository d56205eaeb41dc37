//! `WorkflowExecutionStatus`, from `beta/schemas/WorkflowExecution.yaml`.
crate::string_enum! {
    #[doc = " Workflow execution status."] pub enum WorkflowExecutionStatus { #[doc =
    " `Completed`"] Completed = "Completed", #[doc = " `Failed`"] Failed = "Failed",
    #[doc = " `Canceled`"] Canceled = "Canceled", #[doc = " `Queued`"] Queued = "Queued",
    #[doc = " `Running`"] Running = "Running", }
}
