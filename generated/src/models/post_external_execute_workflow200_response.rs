//! `PostExternalExecuteWorkflow200Response`, from `beta/paths/workflow-external-execute.yaml#/post`.
/// `PostExternalExecuteWorkflow200Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostExternalExecuteWorkflow200Response {
    /// The workflow execution id
    #[serde(
        rename = "workflowExecutionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub workflow_execution_id: Option<String>,
    /// An error message if any errors occurred
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
impl PostExternalExecuteWorkflow200Response {
    /// A `PostExternalExecuteWorkflow200Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        PostExternalExecuteWorkflow200Response {
            workflow_execution_id: None,
            message: None,
        }
    }
}
