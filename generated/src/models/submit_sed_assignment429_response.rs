//! `SubmitSedAssignment429Response`, from `beta/paths/suggested-entitlement-description-assignments.yaml#/post`.

/// `SubmitSedAssignment429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubmitSedAssignment429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl SubmitSedAssignment429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SubmitSedAssignment429Response {
            message: None,
        }
    }
}
