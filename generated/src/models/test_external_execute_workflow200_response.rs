//! `TestExternalExecuteWorkflow200Response`, from `beta/paths/workflow-external-execute-test.yaml#/post/responses/200/content/application~1json/schema`.

/// `TestExternalExecuteWorkflow200Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TestExternalExecuteWorkflow200Response {
    /// The input that was received
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TestExternalExecuteWorkflow200Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TestExternalExecuteWorkflow200Response {
            payload: None,
            additional_properties: Default::default(),
        }
    }
}
