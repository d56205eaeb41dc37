//! `V3PreApprovalTriggerDetailsDecision`, from `v3/schemas/PreApprovalTriggerDetails.yaml`.
crate::string_enum! {
    #[doc = " The decision of the pre-approval trigger"] pub enum
    V3PreApprovalTriggerDetailsDecision { #[doc = " `APPROVED`"] Approved = "APPROVED",
    #[doc = " `REJECTED`"] Rejected = "REJECTED", }
}
