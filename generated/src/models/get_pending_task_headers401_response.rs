//! `GetPendingTaskHeaders401Response`, from `beta/paths/task-status-pending.yaml#/head`.
/// `GetPendingTaskHeaders401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPendingTaskHeaders401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetPendingTaskHeaders401Response {
    /// A `GetPendingTaskHeaders401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetPendingTaskHeaders401Response {
            error: None,
        }
    }
}
