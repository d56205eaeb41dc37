//! `SubmitSedApproval401Response`, from `beta/paths/suggested-entitlement-description-approvals.yaml#/post`.

/// `SubmitSedApproval401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubmitSedApproval401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl SubmitSedApproval401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SubmitSedApproval401Response {
            error: None,
        }
    }
}
