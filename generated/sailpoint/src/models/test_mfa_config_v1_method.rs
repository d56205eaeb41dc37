//! `TestMfaConfigV1Method`, from `apis/mfa-configuration/paths/mfa-v1-by-method-test.yaml#/get/parameters/0/schema`.

/// `TestMfaConfigV1Method` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TestMfaConfigV1Method {
    /// `okta-verify`
    OktaVerify,
    /// `duo-web`
    DuoWeb,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TestMfaConfigV1Method {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TestMfaConfigV1Method::OktaVerify => "okta-verify",
            TestMfaConfigV1Method::DuoWeb => "duo-web",
            TestMfaConfigV1Method::Unknown(value) => value,
        }
    }
}

impl From<&str> for TestMfaConfigV1Method {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "okta-verify" => TestMfaConfigV1Method::OktaVerify,
            "duo-web" => TestMfaConfigV1Method::DuoWeb,
            other => TestMfaConfigV1Method::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TestMfaConfigV1Method);
