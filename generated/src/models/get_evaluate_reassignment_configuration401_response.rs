//! `GetEvaluateReassignmentConfiguration401Response`, from `beta/paths/reassignment-configuration-evaluate.yaml#/get`.

/// `GetEvaluateReassignmentConfiguration401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetEvaluateReassignmentConfiguration401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetEvaluateReassignmentConfiguration401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetEvaluateReassignmentConfiguration401Response {
            error: None,
        }
    }
}
