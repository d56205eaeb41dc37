//! `ListCompletedApprovals401Response`, from `beta/paths/completed-access-request-approvals.yaml#/get`.

/// `ListCompletedApprovals401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListCompletedApprovals401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListCompletedApprovals401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListCompletedApprovals401Response {
            error: None,
        }
    }
}
