//! `CloseAccessRequestExecutionStatus`, from `v3/schemas/CloseAccessRequest.yaml`.
crate::string_enum! {
    #[doc = " The request's provisioning status. Displayed as Stage in IdentityNow."] pub
    enum CloseAccessRequestExecutionStatus { #[doc = " `Terminated`"] Terminated =
    "Terminated", #[doc = " `Completed`"] Completed = "Completed", }
}
