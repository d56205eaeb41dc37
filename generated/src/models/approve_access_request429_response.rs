//! `ApproveAccessRequest429Response`, from `beta/paths/approve-access-request-approval.yaml#/post`.

/// `ApproveAccessRequest429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ApproveAccessRequest429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ApproveAccessRequest429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ApproveAccessRequest429Response {
            message: None,
        }
    }
}
