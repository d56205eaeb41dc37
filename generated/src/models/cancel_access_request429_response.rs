//! `CancelAccessRequest429Response`, from `v3/paths/access-request-cancel.yaml#/post`.

/// `CancelAccessRequest429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CancelAccessRequest429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl CancelAccessRequest429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CancelAccessRequest429Response {
            message: None,
        }
    }
}
