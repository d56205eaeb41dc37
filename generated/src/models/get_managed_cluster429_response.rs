//! `GetManagedCluster429Response`, from `beta/paths/managed-cluster-path.yaml#/get`.

/// `GetManagedCluster429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetManagedCluster429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetManagedCluster429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetManagedCluster429Response {
            message: None,
        }
    }
}
