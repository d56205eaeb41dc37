//! `IdentityProfileAuthoritativeSourceType`, from `beta/schemas/IdentityProfile.yaml`.
crate::string_enum! {
    #[doc = " Authoritative source's object type."] pub enum
    IdentityProfileAuthoritativeSourceType { #[doc = " `SOURCE`"] Source = "SOURCE", }
}
