//! `ListWorkflowLibraryActions401Response`, from `beta/paths/workflow-library-actions.yaml#/get`.

/// `ListWorkflowLibraryActions401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListWorkflowLibraryActions401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListWorkflowLibraryActions401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListWorkflowLibraryActions401Response {
            error: None,
        }
    }
}
