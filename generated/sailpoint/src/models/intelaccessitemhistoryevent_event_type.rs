//! `IntelaccessitemhistoryeventEventType`, from `apis/intelligence/schemas/intelaccessitemhistoryevent.yaml#/properties/eventType`.

/// Type of access-item history event.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IntelaccessitemhistoryeventEventType {
    /// `AccessItemAssociated`
    AccessItemAssociated,
    /// `AccessItemRemoved`
    AccessItemRemoved,
    /// `AccountStatusChanged`
    AccountStatusChanged,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IntelaccessitemhistoryeventEventType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IntelaccessitemhistoryeventEventType::AccessItemAssociated => {
                "AccessItemAssociated"
            }
            IntelaccessitemhistoryeventEventType::AccessItemRemoved => {
                "AccessItemRemoved"
            }
            IntelaccessitemhistoryeventEventType::AccountStatusChanged => {
                "AccountStatusChanged"
            }
            IntelaccessitemhistoryeventEventType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IntelaccessitemhistoryeventEventType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AccessItemAssociated" => {
                IntelaccessitemhistoryeventEventType::AccessItemAssociated
            }
            "AccessItemRemoved" => {
                IntelaccessitemhistoryeventEventType::AccessItemRemoved
            }
            "AccountStatusChanged" => {
                IntelaccessitemhistoryeventEventType::AccountStatusChanged
            }
            other => IntelaccessitemhistoryeventEventType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IntelaccessitemhistoryeventEventType);
