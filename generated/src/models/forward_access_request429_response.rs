//! `ForwardAccessRequest429Response`, from `beta/paths/forward-access-request-approval.yaml#/post`.

/// `ForwardAccessRequest429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ForwardAccessRequest429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ForwardAccessRequest429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ForwardAccessRequest429Response {
            message: None,
        }
    }
}
