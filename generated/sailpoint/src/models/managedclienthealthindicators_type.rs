//! `ManagedclienthealthindicatorsType`, from `apis/managed-clients/schemas/managedclienthealthindicators.yaml#/properties/type`.

/// Type of the Managed Client
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManagedclienthealthindicatorsType {
    /// `VA`
    Va,
    /// `CCG`
    Ccg,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ManagedclienthealthindicatorsType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManagedclienthealthindicatorsType::Va => "VA",
            ManagedclienthealthindicatorsType::Ccg => "CCG",
            ManagedclienthealthindicatorsType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManagedclienthealthindicatorsType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "VA" => ManagedclienthealthindicatorsType::Va,
            "CCG" => ManagedclienthealthindicatorsType::Ccg,
            other => ManagedclienthealthindicatorsType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ManagedclienthealthindicatorsType);
