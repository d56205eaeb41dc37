//! `GetAccessRequestApprovalSummary401Response`, from `beta/paths/access-request-approval-summary.yaml#/get`.

/// `GetAccessRequestApprovalSummary401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAccessRequestApprovalSummary401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetAccessRequestApprovalSummary401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetAccessRequestApprovalSummary401Response {
            error: None,
        }
    }
}
