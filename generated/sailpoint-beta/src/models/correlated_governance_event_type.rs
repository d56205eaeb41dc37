//! `CorrelatedGovernanceEventType`, from `beta/schemas/CorrelatedGovernanceEvent.yaml#/properties/type`.

/// The type of governance event.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CorrelatedGovernanceEventType {
    /// `certification`
    Certification,
    /// `accessRequest`
    AccessRequest,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CorrelatedGovernanceEventType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CorrelatedGovernanceEventType::Certification => "certification",
            CorrelatedGovernanceEventType::AccessRequest => "accessRequest",
            CorrelatedGovernanceEventType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CorrelatedGovernanceEventType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "certification" => CorrelatedGovernanceEventType::Certification,
            "accessRequest" => CorrelatedGovernanceEventType::AccessRequest,
            other => CorrelatedGovernanceEventType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CorrelatedGovernanceEventType);
