//! `TestMfaConfigMethod`, from `v3/paths/mfa-config-test.yaml#/get`.
crate::string_enum! {
    #[doc = " `TestMfaConfigMethod` as the spec defines it."] pub enum
    TestMfaConfigMethod { #[doc = " `okta-verify`"] OktaVerify = "okta-verify", #[doc =
    " `duo-web`"] DuoWeb = "duo-web", }
}
