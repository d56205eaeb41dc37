//! `AccessRequestDynamicApproverRequestedItemsInnerOperation`, from `beta/schemas/trigger/example-input/AccessRequestDynamicApprover.yaml`.
crate::string_enum! {
    #[doc = " Action to perform on the requested access item."] pub enum
    AccessRequestDynamicApproverRequestedItemsInnerOperation { #[doc = " `Add`"] Add =
    "Add", #[doc = " `Remove`"] Remove = "Remove", }
}
