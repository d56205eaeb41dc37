//! `GetCountCompletedWorkItems429Response`, from `beta/paths/work-items-completed-count.yaml#/get`.

/// `GetCountCompletedWorkItems429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCountCompletedWorkItems429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetCountCompletedWorkItems429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetCountCompletedWorkItems429Response {
            message: None,
        }
    }
}
