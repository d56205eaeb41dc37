//! `ExecutionStatus`, from `v3/schemas/ExecutionStatus.yaml`.
crate::string_enum! {
    #[doc = " The current state of execution."] pub enum ExecutionStatus { #[doc =
    " `EXECUTING`"] Executing = "EXECUTING", #[doc = " `VERIFYING`"] Verifying =
    "VERIFYING", #[doc = " `TERMINATED`"] Terminated = "TERMINATED", #[doc =
    " `COMPLETED`"] Completed = "COMPLETED", }
}
