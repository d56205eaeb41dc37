//! `AccountupdatedEventCause`, from `apis/triggers/schemas/accountupdated.yaml#/properties/event/properties/cause`.

/// The cause of the event.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountupdatedEventCause {
    /// `AGGREGATION`
    Aggregation,
    /// `PROVISIONING`
    Provisioning,
    /// `PASSWORD_CHANGE`
    PasswordChange,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountupdatedEventCause {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountupdatedEventCause::Aggregation => "AGGREGATION",
            AccountupdatedEventCause::Provisioning => "PROVISIONING",
            AccountupdatedEventCause::PasswordChange => "PASSWORD_CHANGE",
            AccountupdatedEventCause::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountupdatedEventCause {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AGGREGATION" => AccountupdatedEventCause::Aggregation,
            "PROVISIONING" => AccountupdatedEventCause::Provisioning,
            "PASSWORD_CHANGE" => AccountupdatedEventCause::PasswordChange,
            other => AccountupdatedEventCause::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountupdatedEventCause);
