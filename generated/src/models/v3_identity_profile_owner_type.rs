//! `V3IdentityProfileOwnerType`, from `v3/schemas/IdentityProfile.yaml`.
crate::string_enum! {
    #[doc = " Owner's object type."] pub enum V3IdentityProfileOwnerType { #[doc =
    " `IDENTITY`"] Identity = "IDENTITY", }
}
