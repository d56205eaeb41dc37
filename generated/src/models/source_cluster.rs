//! `SourceCluster`, from `beta/schemas/Source.yaml#/properties/cluster`.

use crate::models::SourceClusterType;

/// Reference to the source's associated cluster.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SourceCluster {
    /// Type of object being referenced.
    pub r#type: SourceClusterType,
    /// Cluster ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Cluster's human-readable display name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl SourceCluster {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: SourceClusterType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        SourceCluster {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
