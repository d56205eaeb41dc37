//! `CancelWorkflowExecution429Response`, from `beta/paths/workflow-execution-cancel.yaml#/post`.

/// `CancelWorkflowExecution429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CancelWorkflowExecution429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl CancelWorkflowExecution429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CancelWorkflowExecution429Response {
            message: None,
        }
    }
}
