//! `GetClientLogConfiguration401Response`, from `beta/paths/managed-cluster-log-config.yaml#/get`.
/// `GetClientLogConfiguration401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetClientLogConfiguration401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetClientLogConfiguration401Response {
    /// A `GetClientLogConfiguration401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetClientLogConfiguration401Response {
            error: None,
        }
    }
}
