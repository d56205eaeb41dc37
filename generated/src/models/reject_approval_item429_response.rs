//! `RejectApprovalItem429Response`, from `beta/paths/work-items-reject-approval-item.yaml#/post`.

/// `RejectApprovalItem429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RejectApprovalItem429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl RejectApprovalItem429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RejectApprovalItem429Response {
            message: None,
        }
    }
}
