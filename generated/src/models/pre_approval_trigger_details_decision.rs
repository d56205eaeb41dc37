//! `PreApprovalTriggerDetailsDecision`, from `v2024/schemas/PreApprovalTriggerDetails.yaml`.
crate::string_enum! {
    #[doc = " The decision of the pre-approval trigger"] pub enum
    PreApprovalTriggerDetailsDecision { #[doc = " `APPROVED`"] Approved = "APPROVED",
    #[doc = " `REJECTED`"] Rejected = "REJECTED", }
}
