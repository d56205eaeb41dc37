//! `ManualWorkItemState`, from `v2024/schemas/ManualWorkItemState.yaml`.
crate::string_enum! {
    #[doc = " Indicates the state of the request processing for this item:"] #[doc =
    " * PENDING: The request for this item is awaiting processing."] #[doc =
    " * APPROVED: The request for this item has been approved."] #[doc =
    " * REJECTED: The request for this item was rejected."] #[doc =
    " * EXPIRED: The request for this item expired with no action taken."] #[doc =
    " * CANCELLED: The request for this item was cancelled with no user action."] #[doc =
    " * ARCHIVED: The request for this item has been archived after completion."] pub
    enum ManualWorkItemState { #[doc = " `PENDING`"] Pending = "PENDING", #[doc =
    " `APPROVED`"] Approved = "APPROVED", #[doc = " `REJECTED`"] Rejected = "REJECTED",
    #[doc = " `EXPIRED`"] Expired = "EXPIRED", #[doc = " `CANCELLED`"] Cancelled =
    "CANCELLED", #[doc = " `ARCHIVED`"] Archived = "ARCHIVED", }
}
