//! `PutClientLogConfiguration429Response`, from `beta/paths/managed-cluster-log-config.yaml#/put`.

/// `PutClientLogConfiguration429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutClientLogConfiguration429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PutClientLogConfiguration429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutClientLogConfiguration429Response {
            message: None,
        }
    }
}
