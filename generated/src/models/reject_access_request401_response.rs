//! `RejectAccessRequest401Response`, from `beta/paths/reject-access-request-approval.yaml#/post`.

/// `RejectAccessRequest401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RejectAccessRequest401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl RejectAccessRequest401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RejectAccessRequest401Response {
            error: None,
        }
    }
}
