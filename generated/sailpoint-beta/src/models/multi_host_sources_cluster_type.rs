//! `MultiHostSourcesClusterType`, from `beta/schemas/MultiHostSources.yaml#/properties/cluster/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultiHostSourcesClusterType {
    /// `CLUSTER`
    Cluster,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultiHostSourcesClusterType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultiHostSourcesClusterType::Cluster => "CLUSTER",
            MultiHostSourcesClusterType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultiHostSourcesClusterType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CLUSTER" => MultiHostSourcesClusterType::Cluster,
            other => MultiHostSourcesClusterType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultiHostSourcesClusterType);
