//! `GetClientLogConfiguration401Response`, from `beta/paths/managed-cluster-log-config.yaml#/get`.

/// `GetClientLogConfiguration401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetClientLogConfiguration401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetClientLogConfiguration401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetClientLogConfiguration401Response {
            error: None,
        }
    }
}
