//! `MultihostintegrationsClusterType`, from `apis/multi-host-integration/schemas/multihostintegrations.yaml#/properties/cluster/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostintegrationsClusterType {
    /// `CLUSTER`
    Cluster,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostintegrationsClusterType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostintegrationsClusterType::Cluster => "CLUSTER",
            MultihostintegrationsClusterType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostintegrationsClusterType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CLUSTER" => MultihostintegrationsClusterType::Cluster,
            other => MultihostintegrationsClusterType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultihostintegrationsClusterType);
