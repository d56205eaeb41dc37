//! `GetManagedClusters429Response`, from `beta/paths/managed-clusters.yaml#/get`.

/// `GetManagedClusters429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetManagedClusters429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetManagedClusters429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetManagedClusters429Response {
            message: None,
        }
    }
}
