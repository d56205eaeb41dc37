//! `GetWorkflowExecutions401Response`, from `beta/paths/workflow-executions.yaml#/get`.
/// `GetWorkflowExecutions401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetWorkflowExecutions401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetWorkflowExecutions401Response {
    /// A `GetWorkflowExecutions401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetWorkflowExecutions401Response {
            error: None,
        }
    }
}
