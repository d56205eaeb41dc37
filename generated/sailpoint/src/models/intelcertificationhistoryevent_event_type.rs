//! `IntelcertificationhistoryeventEventType`, from `apis/intelligence/schemas/intelcertificationhistoryevent.yaml#/properties/eventType`.

/// Type of certification history event.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IntelcertificationhistoryeventEventType {
    /// `IdentityCertified`
    IdentityCertified,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IntelcertificationhistoryeventEventType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IntelcertificationhistoryeventEventType::IdentityCertified => {
                "IdentityCertified"
            }
            IntelcertificationhistoryeventEventType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IntelcertificationhistoryeventEventType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IdentityCertified" => {
                IntelcertificationhistoryeventEventType::IdentityCertified
            }
            other => IntelcertificationhistoryeventEventType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IntelcertificationhistoryeventEventType);
