//! `ProvisioningCompletedRequesterType`, from `beta/schemas/trigger/example-input/ProvisioningCompleted.yaml`.
crate::string_enum! {
    #[doc = " Provisioning requester's DTO type."] pub enum
    ProvisioningCompletedRequesterType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
