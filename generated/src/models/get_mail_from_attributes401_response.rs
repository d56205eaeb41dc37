//! `GetMailFromAttributes401Response`, from `beta/paths/mail-from-attribute.yaml#/get`.

/// `GetMailFromAttributes401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetMailFromAttributes401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetMailFromAttributes401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetMailFromAttributes401Response {
            error: None,
        }
    }
}
