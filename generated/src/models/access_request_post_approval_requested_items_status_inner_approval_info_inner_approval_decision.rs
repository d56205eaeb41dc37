//! `AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision`, from `beta/schemas/trigger/example-input/AccessRequestPostApproval.yaml`.
crate::string_enum! {
    #[doc = " Approver's final decision."] pub enum
    AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision {
    #[doc = " `APPROVED`"] Approved = "APPROVED", #[doc = " `DENIED`"] Denied = "DENIED",
    }
}
