//! `TestExternalExecuteWorkflow401Response`, from `beta/paths/workflow-external-execute-test.yaml#/post`.

/// `TestExternalExecuteWorkflow401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TestExternalExecuteWorkflow401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl TestExternalExecuteWorkflow401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TestExternalExecuteWorkflow401Response {
            error: None,
        }
    }
}
