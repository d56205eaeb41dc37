//! `GetPendingTasks429Response`, from `beta/paths/task-status-pending.yaml#/get`.

/// `GetPendingTasks429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPendingTasks429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetPendingTasks429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPendingTasks429Response {
            message: None,
        }
    }
}
