//! `SubmitAccountSelection429Response`, from `beta/paths/work-items-account-selection.yaml#/post`.

/// `SubmitAccountSelection429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubmitAccountSelection429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl SubmitAccountSelection429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SubmitAccountSelection429Response {
            message: None,
        }
    }
}
