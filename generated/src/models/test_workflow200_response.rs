//! `TestWorkflow200Response`, from `beta/paths/workflow-test.yaml#/post/responses/200/content/application~1json/schema`.

/// `TestWorkflow200Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TestWorkflow200Response {
    /// The workflow execution id
    #[serde(
        rename = "workflowExecutionId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub workflow_execution_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TestWorkflow200Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TestWorkflow200Response {
            workflow_execution_id: None,
            additional_properties: Default::default(),
        }
    }
}
