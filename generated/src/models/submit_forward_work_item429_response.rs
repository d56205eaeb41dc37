//! `SubmitForwardWorkItem429Response`, from `beta/paths/work-item-forward.yaml#/post`.

/// `SubmitForwardWorkItem429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubmitForwardWorkItem429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl SubmitForwardWorkItem429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SubmitForwardWorkItem429Response {
            message: None,
        }
    }
}
