//! `ListWorkflowLibraryTriggers401Response`, from `beta/paths/workflow-library-triggers.yaml#/get`.
/// `ListWorkflowLibraryTriggers401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListWorkflowLibraryTriggers401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl ListWorkflowLibraryTriggers401Response {
    /// A `ListWorkflowLibraryTriggers401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ListWorkflowLibraryTriggers401Response {
            error: None,
        }
    }
}
