//! `ManagedClientType`, from `beta/schemas/ManagedClientType.yaml`.

/// Managed Client type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManagedClientType {
    /// `CCG`
    Ccg,
    /// `VA`
    Va,
    /// `INTERNAL`
    Internal,
    /// `IIQ_HARVESTER`
    IiqHarvester,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ManagedClientType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManagedClientType::Ccg => "CCG",
            ManagedClientType::Va => "VA",
            ManagedClientType::Internal => "INTERNAL",
            ManagedClientType::IiqHarvester => "IIQ_HARVESTER",
            ManagedClientType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManagedClientType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CCG" => ManagedClientType::Ccg,
            "VA" => ManagedClientType::Va,
            "INTERNAL" => ManagedClientType::Internal,
            "IIQ_HARVESTER" => ManagedClientType::IiqHarvester,
            other => ManagedClientType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ManagedClientType);
