//! `TestWorkflow429Response`, from `beta/paths/workflow-test.yaml#/post`.

/// `TestWorkflow429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TestWorkflow429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl TestWorkflow429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TestWorkflow429Response {
            message: None,
        }
    }
}
