//! `GetTaskStatusList401Response`, from `beta/paths/task-status-list.yaml#/get`.

/// `GetTaskStatusList401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetTaskStatusList401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetTaskStatusList401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetTaskStatusList401Response {
            error: None,
        }
    }
}
