//! `DeleteMfaConfigMethod`, from `v3/paths/mfa-config-delete.yaml#/delete/parameters/0/schema`.

/// `DeleteMfaConfigMethod` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeleteMfaConfigMethod {
    /// `okta-verify`
    OktaVerify,
    /// `duo-web`
    DuoWeb,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl DeleteMfaConfigMethod {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DeleteMfaConfigMethod::OktaVerify => "okta-verify",
            DeleteMfaConfigMethod::DuoWeb => "duo-web",
            DeleteMfaConfigMethod::Unknown(value) => value,
        }
    }
}

impl From<&str> for DeleteMfaConfigMethod {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "okta-verify" => DeleteMfaConfigMethod::OktaVerify,
            "duo-web" => DeleteMfaConfigMethod::DuoWeb,
            other => DeleteMfaConfigMethod::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DeleteMfaConfigMethod);
