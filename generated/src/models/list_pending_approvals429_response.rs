//! `ListPendingApprovals429Response`, from `beta/paths/pending-access-request-approvals.yaml#/get`.

/// `ListPendingApprovals429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListPendingApprovals429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListPendingApprovals429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListPendingApprovals429Response {
            message: None,
        }
    }
}
