//! `GetPendingTaskHeaders429Response`, from `beta/paths/task-status-pending.yaml#/head`.

/// `GetPendingTaskHeaders429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPendingTaskHeaders429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetPendingTaskHeaders429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPendingTaskHeaders429Response {
            message: None,
        }
    }
}
