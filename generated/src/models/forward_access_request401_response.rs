//! `ForwardAccessRequest401Response`, from `beta/paths/forward-access-request-approval.yaml#/post`.

/// `ForwardAccessRequest401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ForwardAccessRequest401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ForwardAccessRequest401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ForwardAccessRequest401Response {
            error: None,
        }
    }
}
