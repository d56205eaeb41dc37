//! `RejectApprovalItem401Response`, from `beta/paths/work-items-reject-approval-item.yaml#/post`.

/// `RejectApprovalItem401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RejectApprovalItem401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl RejectApprovalItem401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RejectApprovalItem401Response {
            error: None,
        }
    }
}
