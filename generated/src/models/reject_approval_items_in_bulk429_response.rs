//! `RejectApprovalItemsInBulk429Response`, from `beta/paths/work-items-bulk-reject-approval-item.yaml#/post`.

/// `RejectApprovalItemsInBulk429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RejectApprovalItemsInBulk429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl RejectApprovalItemsInBulk429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RejectApprovalItemsInBulk429Response {
            message: None,
        }
    }
}
