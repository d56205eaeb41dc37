//! `GetManagedCluster401Response`, from `beta/paths/managed-cluster-path.yaml#/get`.

/// `GetManagedCluster401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetManagedCluster401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetManagedCluster401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetManagedCluster401Response {
            error: None,
        }
    }
}
