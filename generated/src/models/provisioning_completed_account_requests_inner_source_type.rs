//! `ProvisioningCompletedAccountRequestsInnerSourceType`, from `beta/schemas/trigger/example-input/ProvisioningCompleted.yaml`.
crate::string_enum! {
    #[doc = " Source DTO type."] pub enum
    ProvisioningCompletedAccountRequestsInnerSourceType { #[doc = " `SOURCE`"] Source =
    "SOURCE", }
}
