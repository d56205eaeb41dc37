//! `AccountcorrelatedIdentityType`, from `apis/triggers/schemas/accountcorrelated.yaml#/properties/identity/properties/type`.

/// DTO type of the identity the account is correlated with.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountcorrelatedIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountcorrelatedIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountcorrelatedIdentityType::Identity => "IDENTITY",
            AccountcorrelatedIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountcorrelatedIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccountcorrelatedIdentityType::Identity,
            other => AccountcorrelatedIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountcorrelatedIdentityType);
