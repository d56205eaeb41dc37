//! `IdentityCertificationTaskStatus`, from `beta/schemas/IdentityCertificationTask.yaml`.
crate::string_enum! {
    #[doc = " `IdentityCertificationTaskStatus` as the spec defines it."] pub enum
    IdentityCertificationTaskStatus { #[doc = " `QUEUED`"] Queued = "QUEUED", #[doc =
    " `IN_PROGRESS`"] InProgress = "IN_PROGRESS", #[doc = " `SUCCESS`"] Success =
    "SUCCESS", #[doc = " `ERROR`"] Error = "ERROR", }
}
