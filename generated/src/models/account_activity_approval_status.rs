//! `AccountActivityApprovalStatus`, from `v3/schemas/AccountActivityApprovalStatus.yaml`.
crate::string_enum! {
    #[doc = " The state of an approval status"] pub enum AccountActivityApprovalStatus {
    #[doc = " `FINISHED`"] Finished = "FINISHED", #[doc = " `REJECTED`"] Rejected =
    "REJECTED", #[doc = " `RETURNED`"] Returned = "RETURNED", #[doc = " `EXPIRED`"]
    Expired = "EXPIRED", #[doc = " `PENDING`"] Pending = "PENDING", #[doc =
    " `CANCELED`"] Canceled = "CANCELED", }
}
