//! `PostExternalExecuteWorkflow401Response`, from `beta/paths/workflow-external-execute.yaml#/post`.

/// `PostExternalExecuteWorkflow401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostExternalExecuteWorkflow401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PostExternalExecuteWorkflow401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PostExternalExecuteWorkflow401Response {
            error: None,
        }
    }
}
