//! `MultiHostIntegrationsCreateClusterType`, from `beta/schemas/MultiHostIntegrationsCreate.yaml#/properties/cluster/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultiHostIntegrationsCreateClusterType {
    /// `CLUSTER`
    Cluster,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultiHostIntegrationsCreateClusterType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultiHostIntegrationsCreateClusterType::Cluster => "CLUSTER",
            MultiHostIntegrationsCreateClusterType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultiHostIntegrationsCreateClusterType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CLUSTER" => MultiHostIntegrationsCreateClusterType::Cluster,
            other => MultiHostIntegrationsCreateClusterType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultiHostIntegrationsCreateClusterType);
