//! `CompletedApprovalState`, from `beta/schemas/CompletedApprovalState.yaml`.
crate::string_enum! {
    #[doc = " Enum represents completed approval object's state."] pub enum
    CompletedApprovalState { #[doc = " `APPROVED`"] Approved = "APPROVED", #[doc =
    " `REJECTED`"] Rejected = "REJECTED", }
}
