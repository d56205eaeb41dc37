//! `GetTaskStatus429Response`, from `beta/paths/task-status.yaml#/get`.

/// `GetTaskStatus429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetTaskStatus429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetTaskStatus429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetTaskStatus429Response {
            message: None,
        }
    }
}
