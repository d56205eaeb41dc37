//! `PostExternalExecuteWorkflow429Response`, from `beta/paths/workflow-external-execute.yaml#/post`.

/// `PostExternalExecuteWorkflow429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostExternalExecuteWorkflow429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PostExternalExecuteWorkflow429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PostExternalExecuteWorkflow429Response {
            message: None,
        }
    }
}
