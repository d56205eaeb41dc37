//! `PendingApprovalAction`, from `beta/schemas/PendingApprovalAction.yaml`.
crate::string_enum! {
    #[doc = " Enum represents action that is being processed on an approval."] pub enum
    PendingApprovalAction { #[doc = " `APPROVED`"] Approved = "APPROVED", #[doc =
    " `REJECTED`"] Rejected = "REJECTED", #[doc = " `FORWARDED`"] Forwarded =
    "FORWARDED", }
}
