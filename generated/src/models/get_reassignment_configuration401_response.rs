//! `GetReassignmentConfiguration401Response`, from `beta/paths/reassignment-configuration.yaml#/get`.

/// `GetReassignmentConfiguration401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetReassignmentConfiguration401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetReassignmentConfiguration401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetReassignmentConfiguration401Response {
            error: None,
        }
    }
}
