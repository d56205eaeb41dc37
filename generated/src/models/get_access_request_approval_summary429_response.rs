//! `GetAccessRequestApprovalSummary429Response`, from `beta/paths/access-request-approval-summary.yaml#/get`.

/// `GetAccessRequestApprovalSummary429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAccessRequestApprovalSummary429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetAccessRequestApprovalSummary429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetAccessRequestApprovalSummary429Response {
            message: None,
        }
    }
}
