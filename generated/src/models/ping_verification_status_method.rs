//! `PingVerificationStatusMethod`, from `v3/paths/mfa-poll.yaml#/post`.
crate::string_enum! {
    #[doc = " `PingVerificationStatusMethod` as the spec defines it."] pub enum
    PingVerificationStatusMethod { #[doc = " `okta-verify`"] OktaVerify = "okta-verify",
    #[doc = " `duo-web`"] DuoWeb = "duo-web", #[doc = " `kba`"] Kba = "kba", #[doc =
    " `token`"] Token = "token", #[doc = " `rsa`"] Rsa = "rsa", }
}
