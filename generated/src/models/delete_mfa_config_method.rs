//! `DeleteMfaConfigMethod`, from `v3/paths/mfa-config-delete.yaml#/delete`.
crate::string_enum! {
    #[doc = " `DeleteMfaConfigMethod` as the spec defines it."] pub enum
    DeleteMfaConfigMethod { #[doc = " `okta-verify`"] OktaVerify = "okta-verify", #[doc =
    " `duo-web`"] DuoWeb = "duo-web", }
}
