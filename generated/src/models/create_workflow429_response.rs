//! `CreateWorkflow429Response`, from `beta/paths/workflows.yaml#/post`.
/// `CreateWorkflow429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateWorkflow429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl CreateWorkflow429Response {
    /// A `CreateWorkflow429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        CreateWorkflow429Response {
            message: None,
        }
    }
}
