//! `Managedclienttype`, from `apis/managed-clients/schemas/managedclienttype.yaml`.

/// Managed Client type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Managedclienttype {
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

impl Managedclienttype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Managedclienttype::Ccg => "CCG",
            Managedclienttype::Va => "VA",
            Managedclienttype::Internal => "INTERNAL",
            Managedclienttype::IiqHarvester => "IIQ_HARVESTER",
            Managedclienttype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Managedclienttype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CCG" => Managedclienttype::Ccg,
            "VA" => Managedclienttype::Va,
            "INTERNAL" => Managedclienttype::Internal,
            "IIQ_HARVESTER" => Managedclienttype::IiqHarvester,
            other => Managedclienttype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Managedclienttype);
