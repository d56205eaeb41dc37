//! `ApproveAccessRequest401Response`, from `beta/paths/approve-access-request-approval.yaml#/post`.

/// `ApproveAccessRequest401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ApproveAccessRequest401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ApproveAccessRequest401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ApproveAccessRequest401Response {
            error: None,
        }
    }
}
