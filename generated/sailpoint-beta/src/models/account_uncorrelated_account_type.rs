//! `AccountUncorrelatedAccountType`, from `beta/schemas/trigger/example-input/AccountUncorrelated.yaml#/properties/account/properties/type`.

/// Uncorrelated account's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountUncorrelatedAccountType {
    /// `ACCOUNT`
    Account,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountUncorrelatedAccountType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountUncorrelatedAccountType::Account => "ACCOUNT",
            AccountUncorrelatedAccountType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountUncorrelatedAccountType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT" => AccountUncorrelatedAccountType::Account,
            other => AccountUncorrelatedAccountType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountUncorrelatedAccountType);
