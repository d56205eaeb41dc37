//! `AccountCorrelatedAccountType`, from `beta/schemas/trigger/example-input/AccountCorrelated.yaml#/properties/account/properties/type`.

/// The correlated account's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountCorrelatedAccountType {
    /// `ACCOUNT`
    Account,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountCorrelatedAccountType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountCorrelatedAccountType::Account => "ACCOUNT",
            AccountCorrelatedAccountType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountCorrelatedAccountType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT" => AccountCorrelatedAccountType::Account,
            other => AccountCorrelatedAccountType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountCorrelatedAccountType);
