//! `DeleteReassignmentConfiguration429Response`, from `beta/paths/reassignment-configuration-config-type.yaml#/delete`.

/// `DeleteReassignmentConfiguration429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteReassignmentConfiguration429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteReassignmentConfiguration429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteReassignmentConfiguration429Response {
            message: None,
        }
    }
}
