//! `PostWorkflowExternalTrigger429Response`, from `beta/paths/workflow-external-oauth-client.yaml#/post`.

/// `PostWorkflowExternalTrigger429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostWorkflowExternalTrigger429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PostWorkflowExternalTrigger429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PostWorkflowExternalTrigger429Response {
            message: None,
        }
    }
}
