//! `AccessRequestPreApprovalRequestedItemsInnerOperation`, from `beta/schemas/trigger/example-input/AccessRequestPreApproval.yaml`.
crate::string_enum! {
    #[doc = " Action to perform on the access item."] pub enum
    AccessRequestPreApprovalRequestedItemsInnerOperation { #[doc = " `Add`"] Add = "Add",
    #[doc = " `Remove`"] Remove = "Remove", }
}
