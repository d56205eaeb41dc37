//! `ListCompletedApprovals429Response`, from `beta/paths/completed-access-request-approvals.yaml#/get`.

/// `ListCompletedApprovals429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListCompletedApprovals429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListCompletedApprovals429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListCompletedApprovals429Response {
            message: None,
        }
    }
}
