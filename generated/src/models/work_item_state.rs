//! `WorkItemState`, from `v3/schemas/WorkItemState.yaml`.
crate::string_enum! {
    #[doc = " The state of a work item"] pub enum WorkItemState { #[doc = " `Finished`"]
    Finished = "Finished", #[doc = " `Rejected`"] Rejected = "Rejected", #[doc =
    " `Returned`"] Returned = "Returned", #[doc = " `Expired`"] Expired = "Expired",
    #[doc = " `Pending`"] Pending = "Pending", #[doc = " `Canceled`"] Canceled =
    "Canceled", }
}
