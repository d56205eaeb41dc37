//! `DeleteWorkflow429Response`, from `beta/paths/workflow.yaml#/delete`.

/// `DeleteWorkflow429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteWorkflow429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteWorkflow429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteWorkflow429Response {
            message: None,
        }
    }
}
