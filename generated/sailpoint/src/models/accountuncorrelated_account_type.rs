//! `AccountuncorrelatedAccountType`, from `apis/triggers/schemas/accountuncorrelated.yaml#/properties/account/properties/type`.

/// Uncorrelated account's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountuncorrelatedAccountType {
    /// `ACCOUNT`
    Account,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountuncorrelatedAccountType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountuncorrelatedAccountType::Account => "ACCOUNT",
            AccountuncorrelatedAccountType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountuncorrelatedAccountType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT" => AccountuncorrelatedAccountType::Account,
            other => AccountuncorrelatedAccountType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountuncorrelatedAccountType);
