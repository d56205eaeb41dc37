//! `TestExternalExecuteWorkflowRequest`, from `beta/paths/workflow-external-execute-test.yaml#/post/requestBody/content/application~1json/schema`.

/// `TestExternalExecuteWorkflowRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TestExternalExecuteWorkflowRequest {
    /// The test input for the workflow
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TestExternalExecuteWorkflowRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TestExternalExecuteWorkflowRequest {
            input: None,
            additional_properties: Default::default(),
        }
    }
}
