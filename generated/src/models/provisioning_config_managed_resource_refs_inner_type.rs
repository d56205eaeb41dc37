//! `ProvisioningConfigManagedResourceRefsInnerType`, from `beta/schemas/ProvisioningConfig.yaml`.
crate::string_enum! {
    #[doc = " The type of object being referenced"] pub enum
    ProvisioningConfigManagedResourceRefsInnerType { #[doc = " `SOURCE`"] Source =
    "SOURCE", }
}
