//! `MultiHostIntegrationsClusterType`, from `beta/schemas/MultiHostIntegrations.yaml#/properties/cluster/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultiHostIntegrationsClusterType {
    /// `CLUSTER`
    Cluster,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultiHostIntegrationsClusterType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultiHostIntegrationsClusterType::Cluster => "CLUSTER",
            MultiHostIntegrationsClusterType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultiHostIntegrationsClusterType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CLUSTER" => MultiHostIntegrationsClusterType::Cluster,
            other => MultiHostIntegrationsClusterType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultiHostIntegrationsClusterType);
