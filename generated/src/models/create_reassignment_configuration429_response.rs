//! `CreateReassignmentConfiguration429Response`, from `beta/paths/reassignment-configurations.yaml#/post`.

/// `CreateReassignmentConfiguration429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateReassignmentConfiguration429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl CreateReassignmentConfiguration429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateReassignmentConfiguration429Response {
            message: None,
        }
    }
}
