//! `ListPendingApprovals401Response`, from `beta/paths/pending-access-request-approvals.yaml#/get`.

/// `ListPendingApprovals401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListPendingApprovals401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListPendingApprovals401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListPendingApprovals401Response {
            error: None,
        }
    }
}
