//! `ManagedClusterQueue`, from `beta/schemas/ManagedClusterQueue.yaml`.

/// Managed Cluster key pair for Cluster
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ManagedClusterQueue {
    /// ManagedCluster queue name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// ManagedCluster queue aws region
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub region: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ManagedClusterQueue {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ManagedClusterQueue {
            name: None,
            region: None,
            additional_properties: Default::default(),
        }
    }
}
