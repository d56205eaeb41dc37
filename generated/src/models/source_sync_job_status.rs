//! `SourceSyncJobStatus`, from `beta/schemas/SourceSyncJob.yaml`.
crate::string_enum! {
    #[doc = " The job status."] pub enum SourceSyncJobStatus { #[doc = " `QUEUED`"]
    Queued = "QUEUED", #[doc = " `IN_PROGRESS`"] InProgress = "IN_PROGRESS", #[doc =
    " `SUCCESS`"] Success = "SUCCESS", #[doc = " `ERROR`"] Error = "ERROR", }
}
