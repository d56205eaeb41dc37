//! `TestMfaConfigMethod`, from `v3/paths/mfa-config-test.yaml#/get/parameters/0/schema`.

/// `TestMfaConfigMethod` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TestMfaConfigMethod {
    /// `okta-verify`
    OktaVerify,
    /// `duo-web`
    DuoWeb,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TestMfaConfigMethod {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TestMfaConfigMethod::OktaVerify => "okta-verify",
            TestMfaConfigMethod::DuoWeb => "duo-web",
            TestMfaConfigMethod::Unknown(value) => value,
        }
    }
}

impl From<&str> for TestMfaConfigMethod {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "okta-verify" => TestMfaConfigMethod::OktaVerify,
            "duo-web" => TestMfaConfigMethod::DuoWeb,
            other => TestMfaConfigMethod::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TestMfaConfigMethod);
