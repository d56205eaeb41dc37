//! `AccountCorrelatedIdentityType`, from `beta/schemas/trigger/example-input/AccountCorrelated.yaml#/properties/identity/properties/type`.

/// DTO type of the identity the account is correlated with.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountCorrelatedIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountCorrelatedIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountCorrelatedIdentityType::Identity => "IDENTITY",
            AccountCorrelatedIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountCorrelatedIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccountCorrelatedIdentityType::Identity,
            other => AccountCorrelatedIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountCorrelatedIdentityType);
