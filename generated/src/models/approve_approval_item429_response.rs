//! `ApproveApprovalItem429Response`, from `beta/paths/work-items-approve-approval-item.yaml#/post`.

/// `ApproveApprovalItem429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ApproveApprovalItem429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ApproveApprovalItem429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ApproveApprovalItem429Response {
            message: None,
        }
    }
}
