//! `GetManagedClusters401Response`, from `beta/paths/managed-clusters.yaml#/get`.

/// `GetManagedClusters401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetManagedClusters401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetManagedClusters401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetManagedClusters401Response {
            error: None,
        }
    }
}
