//! `MultiHostIntegrationsOwnerType`, from `beta/schemas/MultiHostIntegrations.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum MultiHostIntegrationsOwnerType
    { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
