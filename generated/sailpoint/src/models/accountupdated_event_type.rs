//! `AccountupdatedEventType`, from `apis/triggers/schemas/accountupdated.yaml#/properties/event/properties/type`.

/// The type of event.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountupdatedEventType {
    /// `ACCOUNT_UPDATED_V2`
    AccountUpdatedV2,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountupdatedEventType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountupdatedEventType::AccountUpdatedV2 => "ACCOUNT_UPDATED_V2",
            AccountupdatedEventType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountupdatedEventType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_UPDATED_V2" => AccountupdatedEventType::AccountUpdatedV2,
            other => AccountupdatedEventType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountupdatedEventType);
