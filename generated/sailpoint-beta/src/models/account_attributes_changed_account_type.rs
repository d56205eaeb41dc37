//! `AccountAttributesChangedAccountType`, from `beta/schemas/trigger/example-input/AccountAttributesChanged.yaml#/properties/account/properties/type`.

/// The type of the account
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountAttributesChangedAccountType {
    /// `ACCOUNT`
    Account,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountAttributesChangedAccountType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountAttributesChangedAccountType::Account => "ACCOUNT",
            AccountAttributesChangedAccountType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountAttributesChangedAccountType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT" => AccountAttributesChangedAccountType::Account,
            other => AccountAttributesChangedAccountType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountAttributesChangedAccountType);
