//! `ApprovalStatus`, from `beta/schemas/ApprovalStatus.yaml`.
crate::string_enum! {
    #[doc = " Enum representing the non-employee request approval status"] pub enum
    ApprovalStatus { #[doc = " `APPROVED`"] Approved = "APPROVED", #[doc = " `REJECTED`"]
    Rejected = "REJECTED", #[doc = " `PENDING`"] Pending = "PENDING", #[doc =
    " `NOT_READY`"] NotReady = "NOT_READY", #[doc = " `CANCELLED`"] Cancelled =
    "CANCELLED", }
}
