//! `ProvisioningCompletedRecipientType`, from `beta/schemas/trigger/example-input/ProvisioningCompleted.yaml`.
crate::string_enum! {
    #[doc = " Provisioning recipient DTO type."] pub enum
    ProvisioningCompletedRecipientType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
