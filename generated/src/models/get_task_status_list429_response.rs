//! `GetTaskStatusList429Response`, from `beta/paths/task-status-list.yaml#/get`.

/// `GetTaskStatusList429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetTaskStatusList429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetTaskStatusList429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetTaskStatusList429Response {
            message: None,
        }
    }
}
