//! `PingVerificationStatusMethod`, from `v3/paths/mfa-poll.yaml#/post/parameters/0/schema`.

/// `PingVerificationStatusMethod` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PingVerificationStatusMethod {
    /// `okta-verify`
    OktaVerify,
    /// `duo-web`
    DuoWeb,
    /// `kba`
    Kba,
    /// `token`
    Token,
    /// `rsa`
    Rsa,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PingVerificationStatusMethod {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PingVerificationStatusMethod::OktaVerify => "okta-verify",
            PingVerificationStatusMethod::DuoWeb => "duo-web",
            PingVerificationStatusMethod::Kba => "kba",
            PingVerificationStatusMethod::Token => "token",
            PingVerificationStatusMethod::Rsa => "rsa",
            PingVerificationStatusMethod::Unknown(value) => value,
        }
    }
}

impl From<&str> for PingVerificationStatusMethod {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "okta-verify" => PingVerificationStatusMethod::OktaVerify,
            "duo-web" => PingVerificationStatusMethod::DuoWeb,
            "kba" => PingVerificationStatusMethod::Kba,
            "token" => PingVerificationStatusMethod::Token,
            "rsa" => PingVerificationStatusMethod::Rsa,
            other => PingVerificationStatusMethod::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PingVerificationStatusMethod);
