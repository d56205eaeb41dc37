//! `GetEvaluateReassignmentConfiguration429Response`, from `beta/paths/reassignment-configuration-evaluate.yaml#/get`.

/// `GetEvaluateReassignmentConfiguration429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetEvaluateReassignmentConfiguration429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetEvaluateReassignmentConfiguration429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetEvaluateReassignmentConfiguration429Response {
            message: None,
        }
    }
}
