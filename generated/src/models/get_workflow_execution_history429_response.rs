//! `GetWorkflowExecutionHistory429Response`, from `beta/paths/workflow-execution-history.yaml#/get`.

/// `GetWorkflowExecutionHistory429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetWorkflowExecutionHistory429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetWorkflowExecutionHistory429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetWorkflowExecutionHistory429Response {
            message: None,
        }
    }
}
