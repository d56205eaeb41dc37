//! `MultiHostIntegrationsCluster`, from `beta/schemas/MultiHostIntegrations.yaml#/properties/cluster`.

use crate::models::MultiHostIntegrationsClusterType;

/// Reference to the source's associated cluster.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MultiHostIntegrationsCluster {
    /// Type of object being referenced.
    pub r#type: MultiHostIntegrationsClusterType,
    /// Cluster ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Cluster's human-readable display name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl MultiHostIntegrationsCluster {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: MultiHostIntegrationsClusterType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        MultiHostIntegrationsCluster {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
