//! `SubmitSedAssignment401Response`, from `beta/paths/suggested-entitlement-description-assignments.yaml#/post`.

/// `SubmitSedAssignment401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubmitSedAssignment401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl SubmitSedAssignment401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SubmitSedAssignment401Response {
            error: None,
        }
    }
}
