//! `RejectAccessRequest429Response`, from `beta/paths/reject-access-request-approval.yaml#/post`.

/// `RejectAccessRequest429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RejectAccessRequest429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl RejectAccessRequest429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RejectAccessRequest429Response {
            message: None,
        }
    }
}
