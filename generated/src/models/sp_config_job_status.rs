//! `SpConfigJobStatus`, from `beta/schemas/SpConfigJob.yaml`.
crate::string_enum! {
    #[doc = " Status of the job."] pub enum SpConfigJobStatus { #[doc = " `NOT_STARTED`"]
    NotStarted = "NOT_STARTED", #[doc = " `IN_PROGRESS`"] InProgress = "IN_PROGRESS",
    #[doc = " `COMPLETE`"] Complete = "COMPLETE", #[doc = " `CANCELLED`"] Cancelled =
    "CANCELLED", #[doc = " `FAILED`"] Failed = "FAILED", }
}
