//! `V3IdentityProfileAuthoritativeSourceType`, from `v3/schemas/IdentityProfile.yaml`.
crate::string_enum! {
    #[doc = " Authoritative source's object type."] pub enum
    V3IdentityProfileAuthoritativeSourceType { #[doc = " `SOURCE`"] Source = "SOURCE", }
}
