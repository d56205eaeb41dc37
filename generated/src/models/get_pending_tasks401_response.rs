//! `GetPendingTasks401Response`, from `beta/paths/task-status-pending.yaml#/get`.

/// `GetPendingTasks401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPendingTasks401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetPendingTasks401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPendingTasks401Response {
            error: None,
        }
    }
}
