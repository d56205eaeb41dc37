//! `MultihostintegrationscreateClusterType`, from `apis/multi-host-integration/schemas/multihostintegrationscreate.yaml#/properties/cluster/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostintegrationscreateClusterType {
    /// `CLUSTER`
    Cluster,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostintegrationscreateClusterType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostintegrationscreateClusterType::Cluster => "CLUSTER",
            MultihostintegrationscreateClusterType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostintegrationscreateClusterType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CLUSTER" => MultihostintegrationscreateClusterType::Cluster,
            other => MultihostintegrationscreateClusterType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultihostintegrationscreateClusterType);
