//! `ApproveApprovalItem401Response`, from `beta/paths/work-items-approve-approval-item.yaml#/post`.

/// `ApproveApprovalItem401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ApproveApprovalItem401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ApproveApprovalItem401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ApproveApprovalItem401Response {
            error: None,
        }
    }
}
