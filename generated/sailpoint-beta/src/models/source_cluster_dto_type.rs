//! `SourceClusterDtoType`, from `v3/schemas/SourceClusterDto.yaml#/properties/type`.

/// Source cluster DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourceClusterDtoType {
    /// `CLUSTER`
    Cluster,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourceClusterDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourceClusterDtoType::Cluster => "CLUSTER",
            SourceClusterDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourceClusterDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CLUSTER" => SourceClusterDtoType::Cluster,
            other => SourceClusterDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourceClusterDtoType);
