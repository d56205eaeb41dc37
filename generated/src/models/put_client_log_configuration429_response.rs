//! `PutClientLogConfiguration429Response`, from `beta/paths/managed-cluster-log-config.yaml#/put`.
/// `PutClientLogConfiguration429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutClientLogConfiguration429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl PutClientLogConfiguration429Response {
    /// A `PutClientLogConfiguration429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        PutClientLogConfiguration429Response {
            message: None,
        }
    }
}
