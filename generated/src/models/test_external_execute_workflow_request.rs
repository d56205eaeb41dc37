//! `TestExternalExecuteWorkflowRequest`, from `beta/paths/workflow-external-execute-test.yaml#/post/requestBody/content/application~1json/schema`.

/// `TestExternalExecuteWorkflowRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TestExternalExecuteWorkflowRequest {
    /// The test input for the workflow
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<serde_json::Map<String, serde_json::Value>>,
}

impl TestExternalExecuteWorkflowRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TestExternalExecuteWorkflowRequest {
            input: None,
        }
    }
}
