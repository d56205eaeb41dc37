//! `AccountcorrelatedAccountType`, from `apis/triggers/schemas/accountcorrelated.yaml#/properties/account/properties/type`.

/// The correlated account's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountcorrelatedAccountType {
    /// `ACCOUNT`
    Account,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountcorrelatedAccountType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountcorrelatedAccountType::Account => "ACCOUNT",
            AccountcorrelatedAccountType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountcorrelatedAccountType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT" => AccountcorrelatedAccountType::Account,
            other => AccountcorrelatedAccountType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountcorrelatedAccountType);
