//! `TestWorkflowRequest`, from `beta/paths/workflow-test.yaml#/post/requestBody/content/application~1json/schema`.

/// `TestWorkflowRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TestWorkflowRequest {
    /// The test input for the workflow.
    ///
    /// A server's absent or `null` member reads as an empty map.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub input: serde_json::Map<String, serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TestWorkflowRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(input: serde_json::Map<String, serde_json::Value>) -> Self {
        TestWorkflowRequest {
            input,
            additional_properties: Default::default(),
        }
    }
}
