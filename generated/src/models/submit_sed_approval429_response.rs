//! `SubmitSedApproval429Response`, from `beta/paths/suggested-entitlement-description-approvals.yaml#/post`.

/// `SubmitSedApproval429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubmitSedApproval429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl SubmitSedApproval429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SubmitSedApproval429Response {
            message: None,
        }
    }
}
