//! `IdentityDeletedIdentityType`, from `beta/schemas/trigger/example-input/IdentityDeleted.yaml`.
crate::string_enum! {
    #[doc = " Deleted identity's DTO type."] pub enum IdentityDeletedIdentityType { #[doc
    = " `IDENTITY`"] Identity = "IDENTITY", }
}
