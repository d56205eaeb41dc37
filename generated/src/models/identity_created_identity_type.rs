//! `IdentityCreatedIdentityType`, from `beta/schemas/trigger/example-input/IdentityCreated.yaml`.
crate::string_enum! {
    #[doc = " Identity's DTO type."] pub enum IdentityCreatedIdentityType { #[doc =
    " `IDENTITY`"] Identity = "IDENTITY", }
}
