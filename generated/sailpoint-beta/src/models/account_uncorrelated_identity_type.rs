//! `AccountUncorrelatedIdentityType`, from `beta/schemas/trigger/example-input/AccountUncorrelated.yaml#/properties/identity/properties/type`.

/// DTO type of the identity the account is uncorrelated with.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountUncorrelatedIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountUncorrelatedIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountUncorrelatedIdentityType::Identity => "IDENTITY",
            AccountUncorrelatedIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountUncorrelatedIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccountUncorrelatedIdentityType::Identity,
            other => AccountUncorrelatedIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountUncorrelatedIdentityType);
