//! `ListWorkflowLibraryOperators401Response`, from `beta/paths/workflow-library-operators.yaml#/get`.

/// `ListWorkflowLibraryOperators401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListWorkflowLibraryOperators401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListWorkflowLibraryOperators401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListWorkflowLibraryOperators401Response {
            error: None,
        }
    }
}
