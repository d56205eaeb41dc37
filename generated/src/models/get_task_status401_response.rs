//! `GetTaskStatus401Response`, from `beta/paths/task-status.yaml#/get`.

/// `GetTaskStatus401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetTaskStatus401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetTaskStatus401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetTaskStatus401Response {
            error: None,
        }
    }
}
