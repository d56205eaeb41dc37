//! `ManagedClusterAttributes`, from `beta/schemas/ManagedClusterAttributes.yaml`.

use crate::models::ManagedClusterQueue;

/// Managed Cluster Attributes for Cluster Configuration. Supported Cluster Types \[sqsCluster, spConnectCluster\]
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ManagedClusterAttributes {
    /// ManagedCluster keystore for sqsCluster type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queue: Option<ManagedClusterQueue>,
    /// ManagedCluster keystore for spConnectCluster type
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub keystore: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ManagedClusterAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ManagedClusterAttributes {
            queue: None,
            keystore: None,
            additional_properties: Default::default(),
        }
    }
}
