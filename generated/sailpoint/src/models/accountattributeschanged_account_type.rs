//! `AccountattributeschangedAccountType`, from `apis/triggers/schemas/accountattributeschanged.yaml#/properties/account/properties/type`.

/// The type of the account
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountattributeschangedAccountType {
    /// `ACCOUNT`
    Account,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountattributeschangedAccountType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountattributeschangedAccountType::Account => "ACCOUNT",
            AccountattributeschangedAccountType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountattributeschangedAccountType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT" => AccountattributeschangedAccountType::Account,
            other => AccountattributeschangedAccountType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountattributeschangedAccountType);
