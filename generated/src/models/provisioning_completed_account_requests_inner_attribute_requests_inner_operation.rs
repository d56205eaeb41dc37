//! `ProvisioningCompletedAccountRequestsInnerAttributeRequestsInnerOperation`, from `beta/schemas/trigger/example-input/ProvisioningCompleted.yaml`.
crate::string_enum! {
    #[doc = " The operation to handle the attribute."] pub enum
    ProvisioningCompletedAccountRequestsInnerAttributeRequestsInnerOperation { #[doc =
    " `Add`"] Add = "Add", #[doc = " `Set`"] Set = "Set", #[doc = " `Remove`"] Remove =
    "Remove", }
}
