//! `PutClientLogConfiguration401Response`, from `beta/paths/managed-cluster-log-config.yaml#/put`.

/// `PutClientLogConfiguration401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutClientLogConfiguration401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PutClientLogConfiguration401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutClientLogConfiguration401Response {
            error: None,
        }
    }
}
