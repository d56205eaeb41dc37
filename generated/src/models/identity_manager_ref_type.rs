//! `IdentityManagerRefType`, from `beta/schemas/Identity.yaml`.
crate::string_enum! {
    #[doc = " DTO type of identity's manager"] pub enum IdentityManagerRefType { #[doc =
    " `IDENTITY`"] Identity = "IDENTITY", }
}
