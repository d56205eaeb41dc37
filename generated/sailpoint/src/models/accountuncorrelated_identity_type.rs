//! `AccountuncorrelatedIdentityType`, from `apis/triggers/schemas/accountuncorrelated.yaml#/properties/identity/properties/type`.

/// DTO type of the identity the account is uncorrelated with.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountuncorrelatedIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountuncorrelatedIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountuncorrelatedIdentityType::Identity => "IDENTITY",
            AccountuncorrelatedIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountuncorrelatedIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccountuncorrelatedIdentityType::Identity,
            other => AccountuncorrelatedIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountuncorrelatedIdentityType);
