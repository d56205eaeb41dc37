//! `AccountdeletedEventType`, from `apis/triggers/schemas/accountdeleted.yaml#/properties/event/properties/type`.

/// The type of event.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountdeletedEventType {
    /// `ACCOUNT_DELETED_V2`
    AccountDeletedV2,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountdeletedEventType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountdeletedEventType::AccountDeletedV2 => "ACCOUNT_DELETED_V2",
            AccountdeletedEventType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountdeletedEventType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_DELETED_V2" => AccountdeletedEventType::AccountDeletedV2,
            other => AccountdeletedEventType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountdeletedEventType);
