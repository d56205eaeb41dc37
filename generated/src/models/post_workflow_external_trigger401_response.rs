//! `PostWorkflowExternalTrigger401Response`, from `beta/paths/workflow-external-oauth-client.yaml#/post`.

/// `PostWorkflowExternalTrigger401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostWorkflowExternalTrigger401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PostWorkflowExternalTrigger401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PostWorkflowExternalTrigger401Response {
            error: None,
        }
    }
}
