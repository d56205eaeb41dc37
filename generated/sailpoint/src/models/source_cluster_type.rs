//! `SourceClusterType`, from `apis/sources/schemas/source.yaml#/properties/cluster/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourceClusterType {
    /// `CLUSTER`
    Cluster,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourceClusterType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourceClusterType::Cluster => "CLUSTER",
            SourceClusterType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourceClusterType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CLUSTER" => SourceClusterType::Cluster,
            other => SourceClusterType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourceClusterType);
