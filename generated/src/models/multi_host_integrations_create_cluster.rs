//! `MultiHostIntegrationsCreateCluster`, from `beta/schemas/MultiHostIntegrationsCreate.yaml#/properties/cluster`.

use crate::models::MultiHostIntegrationsCreateClusterType;

/// Reference to the source's associated cluster.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MultiHostIntegrationsCreateCluster {
    /// Type of object being referenced.
    pub r#type: MultiHostIntegrationsCreateClusterType,
    /// Cluster ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Cluster's human-readable display name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl MultiHostIntegrationsCreateCluster {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: MultiHostIntegrationsCreateClusterType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        MultiHostIntegrationsCreateCluster {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
