//! `ProvisioningCompletedAccountRequestsInnerAccountOperation`, from `beta/schemas/trigger/example-input/ProvisioningCompleted.yaml`.
crate::string_enum! {
    #[doc = " Provisioning operation."] pub enum
    ProvisioningCompletedAccountRequestsInnerAccountOperation { #[doc = " `Create`"]
    Create = "Create", #[doc = " `Modify`"] Modify = "Modify", #[doc = " `Enable`"]
    Enable = "Enable", #[doc = " `Disable`"] Disable = "Disable", #[doc = " `Unlock`"]
    Unlock = "Unlock", #[doc = " `Delete`"] Delete = "Delete", }
}
