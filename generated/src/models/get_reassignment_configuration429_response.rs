//! `GetReassignmentConfiguration429Response`, from `beta/paths/reassignment-configuration.yaml#/get`.

/// `GetReassignmentConfiguration429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetReassignmentConfiguration429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetReassignmentConfiguration429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetReassignmentConfiguration429Response {
            message: None,
        }
    }
}
