//! `GetCompletedWorkItems401Response`, from `beta/paths/work-items-completed.yaml#/get`.

/// `GetCompletedWorkItems401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCompletedWorkItems401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetCompletedWorkItems401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetCompletedWorkItems401Response {
            error: None,
        }
    }
}
