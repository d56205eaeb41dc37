//! `AccountcreatedEventCause`, from `apis/triggers/schemas/accountcreated.yaml#/properties/event/properties/cause`.

/// The cause of the event.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountcreatedEventCause {
    /// `AGGREGATION`
    Aggregation,
    /// `PROVISIONING`
    Provisioning,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountcreatedEventCause {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountcreatedEventCause::Aggregation => "AGGREGATION",
            AccountcreatedEventCause::Provisioning => "PROVISIONING",
            AccountcreatedEventCause::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountcreatedEventCause {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AGGREGATION" => AccountcreatedEventCause::Aggregation,
            "PROVISIONING" => AccountcreatedEventCause::Provisioning,
            other => AccountcreatedEventCause::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountcreatedEventCause);
