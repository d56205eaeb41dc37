//! `ListWorkflowLibraryOperators429Response`, from `beta/paths/workflow-library-operators.yaml#/get`.

/// `ListWorkflowLibraryOperators429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListWorkflowLibraryOperators429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListWorkflowLibraryOperators429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListWorkflowLibraryOperators429Response {
            message: None,
        }
    }
}
