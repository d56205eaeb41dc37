//! `CertificationTaskStatus`, from `beta/schemas/CertificationTask.yaml`.
crate::string_enum! {
    #[doc = " The status of the task."] pub enum CertificationTaskStatus { #[doc =
    " `QUEUED`"] Queued = "QUEUED", #[doc = " `IN_PROGRESS`"] InProgress = "IN_PROGRESS",
    #[doc = " `SUCCESS`"] Success = "SUCCESS", #[doc = " `ERROR`"] Error = "ERROR", }
}
