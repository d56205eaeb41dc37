//! `CorrelatedgovernanceeventType`, from `apis/identity-history/schemas/correlatedgovernanceevent.yaml#/properties/type`.

/// The type of governance event.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CorrelatedgovernanceeventType {
    /// `certification`
    Certification,
    /// `accessRequest`
    AccessRequest,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CorrelatedgovernanceeventType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CorrelatedgovernanceeventType::Certification => "certification",
            CorrelatedgovernanceeventType::AccessRequest => "accessRequest",
            CorrelatedgovernanceeventType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CorrelatedgovernanceeventType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "certification" => CorrelatedgovernanceeventType::Certification,
            "accessRequest" => CorrelatedgovernanceeventType::AccessRequest,
            other => CorrelatedgovernanceeventType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CorrelatedgovernanceeventType);
