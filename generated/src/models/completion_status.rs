//! `CompletionStatus`, from `v3/schemas/CompletionStatus.yaml`.
crate::string_enum! {
    #[doc = " The status after completion."] pub enum CompletionStatus { #[doc =
    " `SUCCESS`"] Success = "SUCCESS", #[doc = " `FAILURE`"] Failure = "FAILURE", #[doc =
    " `INCOMPLETE`"] Incomplete = "INCOMPLETE", #[doc = " `PENDING`"] Pending =
    "PENDING", }
}
