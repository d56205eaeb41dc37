//! `IdentityProfileOwnerType`, from `beta/schemas/IdentityProfile.yaml`.
crate::string_enum! {
    #[doc = " Owner's object type."] pub enum IdentityProfileOwnerType { #[doc =
    " `IDENTITY`"] Identity = "IDENTITY", }
}
