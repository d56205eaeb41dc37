//! `MultiHostSourcesCluster`, from `beta/schemas/MultiHostSources.yaml#/properties/cluster`.

use crate::models::MultiHostSourcesClusterType;

/// Reference to the source's associated cluster.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MultiHostSourcesCluster {
    /// Type of object being referenced.
    pub r#type: MultiHostSourcesClusterType,
    /// Cluster ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Cluster's human-readable display name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl MultiHostSourcesCluster {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: MultiHostSourcesClusterType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        MultiHostSourcesCluster {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
