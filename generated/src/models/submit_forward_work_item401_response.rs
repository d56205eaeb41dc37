//! `SubmitForwardWorkItem401Response`, from `beta/paths/work-item-forward.yaml#/post`.

/// `SubmitForwardWorkItem401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubmitForwardWorkItem401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl SubmitForwardWorkItem401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SubmitForwardWorkItem401Response {
            error: None,
        }
    }
}
