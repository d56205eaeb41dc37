//! `ManagedClustersManagedclienttype`, from `apis/managed-clusters/schemas/managedclienttype.yaml`.

/// Managed Client type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManagedClustersManagedclienttype {
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

impl ManagedClustersManagedclienttype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManagedClustersManagedclienttype::Ccg => "CCG",
            ManagedClustersManagedclienttype::Va => "VA",
            ManagedClustersManagedclienttype::Internal => "INTERNAL",
            ManagedClustersManagedclienttype::IiqHarvester => "IIQ_HARVESTER",
            ManagedClustersManagedclienttype::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManagedClustersManagedclienttype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CCG" => ManagedClustersManagedclienttype::Ccg,
            "VA" => ManagedClustersManagedclienttype::Va,
            "INTERNAL" => ManagedClustersManagedclienttype::Internal,
            "IIQ_HARVESTER" => ManagedClustersManagedclienttype::IiqHarvester,
            other => ManagedClustersManagedclienttype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ManagedClustersManagedclienttype);
