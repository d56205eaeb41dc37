//! `AccountcreatedEventType`, from `apis/triggers/schemas/accountcreated.yaml#/properties/event/properties/type`.

/// The type of event.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountcreatedEventType {
    /// `ACCOUNT_CREATED_V2`
    AccountCreatedV2,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountcreatedEventType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountcreatedEventType::AccountCreatedV2 => "ACCOUNT_CREATED_V2",
            AccountcreatedEventType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountcreatedEventType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_CREATED_V2" => AccountcreatedEventType::AccountCreatedV2,
            other => AccountcreatedEventType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountcreatedEventType);
