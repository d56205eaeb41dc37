//! `PutMailFromAttributes401Response`, from `beta/paths/mail-from-attributes.yaml#/put`.

/// `PutMailFromAttributes401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutMailFromAttributes401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PutMailFromAttributes401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutMailFromAttributes401Response {
            error: None,
        }
    }
}
