//! `TestWorkflowRequest`, from `beta/paths/workflow-test.yaml#/post/requestBody/content/application~1json/schema`.

/// `TestWorkflowRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TestWorkflowRequest {
    /// The test input for the workflow.
    #[serde(default)]
    pub input: serde_json::Map<String, serde_json::Value>,
}

impl TestWorkflowRequest {
    /// Builds the value from its required fields.
    pub fn new(input: serde_json::Map<String, serde_json::Value>) -> Self {
        TestWorkflowRequest { input }
    }
}
