//! `CompletedApprovalRequestedForType`, from `beta/schemas/CompletedApproval.yaml`.
crate::string_enum! {
    #[doc = " Type of the object to which this reference applies"] pub enum
    CompletedApprovalRequestedForType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
