//! `AccountdeletedEventCause`, from `apis/triggers/schemas/accountdeleted.yaml#/properties/event/properties/cause`.

/// The cause of the event.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountdeletedEventCause {
    /// `AGGREGATION`
    Aggregation,
    /// `PROVISIONING`
    Provisioning,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountdeletedEventCause {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountdeletedEventCause::Aggregation => "AGGREGATION",
            AccountdeletedEventCause::Provisioning => "PROVISIONING",
            AccountdeletedEventCause::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountdeletedEventCause {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AGGREGATION" => AccountdeletedEventCause::Aggregation,
            "PROVISIONING" => AccountdeletedEventCause::Provisioning,
            other => AccountdeletedEventCause::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountdeletedEventCause);
