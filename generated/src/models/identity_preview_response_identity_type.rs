//! `IdentityPreviewResponseIdentityType`, from `beta/schemas/IdentityPreviewResponse.yaml`.
crate::string_enum! {
    #[doc = " DTO type of identity's manager."] pub enum
    IdentityPreviewResponseIdentityType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
