//! `SimIntegrationsSourceclusterdtoType`, from `apis/sim-integrations/schemas/sourceclusterdto.yaml#/properties/type`.

/// Source cluster DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SimIntegrationsSourceclusterdtoType {
    /// `CLUSTER`
    Cluster,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SimIntegrationsSourceclusterdtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SimIntegrationsSourceclusterdtoType::Cluster => "CLUSTER",
            SimIntegrationsSourceclusterdtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SimIntegrationsSourceclusterdtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CLUSTER" => SimIntegrationsSourceclusterdtoType::Cluster,
            other => SimIntegrationsSourceclusterdtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SimIntegrationsSourceclusterdtoType);
