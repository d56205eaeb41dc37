//! `MultihostsourcesClusterType`, from `apis/multi-host-integration/schemas/multihostsources.yaml#/properties/cluster/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostsourcesClusterType {
    /// `CLUSTER`
    Cluster,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostsourcesClusterType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostsourcesClusterType::Cluster => "CLUSTER",
            MultihostsourcesClusterType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostsourcesClusterType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CLUSTER" => MultihostsourcesClusterType::Cluster,
            other => MultihostsourcesClusterType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultihostsourcesClusterType);
