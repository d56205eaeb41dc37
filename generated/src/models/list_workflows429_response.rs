//! `ListWorkflows429Response`, from `beta/paths/workflows.yaml#/get`.

/// `ListWorkflows429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListWorkflows429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListWorkflows429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListWorkflows429Response {
            message: None,
        }
    }
}
