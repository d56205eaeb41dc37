//! `SourceclusterdtoType`, from `apis/service-desk-integration/schemas/sourceclusterdto.yaml#/properties/type`.

/// Source cluster DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourceclusterdtoType {
    /// `CLUSTER`
    Cluster,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourceclusterdtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourceclusterdtoType::Cluster => "CLUSTER",
            SourceclusterdtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourceclusterdtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CLUSTER" => SourceclusterdtoType::Cluster,
            other => SourceclusterdtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourceclusterdtoType);
