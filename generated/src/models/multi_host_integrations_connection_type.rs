//! `MultiHostIntegrationsConnectionType`, from `beta/schemas/MultiHostIntegrations.yaml`.
crate::string_enum! {
    #[doc = " Type of connection (direct or file)."] pub enum
    MultiHostIntegrationsConnectionType { #[doc = " `direct`"] Direct = "direct", #[doc =
    " `file`"] File = "file", }
}
