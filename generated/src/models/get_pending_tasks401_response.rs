//! `GetPendingTasks401Response`, from `beta/paths/task-status-pending.yaml#/get`.
/// `GetPendingTasks401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPendingTasks401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetPendingTasks401Response {
    /// A `GetPendingTasks401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetPendingTasks401Response {
            error: None,
        }
    }
}
