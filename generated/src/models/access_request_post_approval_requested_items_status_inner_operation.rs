//! `AccessRequestPostApprovalRequestedItemsStatusInnerOperation`, from `beta/schemas/trigger/example-input/AccessRequestPostApproval.yaml`.
crate::string_enum! {
    #[doc = " Action to perform on the requested access item."] pub enum
    AccessRequestPostApprovalRequestedItemsStatusInnerOperation { #[doc = " `Add`"] Add =
    "Add", #[doc = " `Remove`"] Remove = "Remove", }
}
