//! `CloseAccessRequestCompletionStatus`, from `v3/schemas/CloseAccessRequest.yaml`.
crate::string_enum! {
    #[doc = " The request's overall status. Displayed as Status in IdentityNow."] pub
    enum CloseAccessRequestCompletionStatus { #[doc = " `Success`"] Success = "Success",
    #[doc = " `Incomplete`"] Incomplete = "Incomplete", #[doc = " `Failure`"] Failure =
    "Failure", }
}
