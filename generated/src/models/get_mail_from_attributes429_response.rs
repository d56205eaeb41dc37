//! `GetMailFromAttributes429Response`, from `beta/paths/mail-from-attribute.yaml#/get`.

/// `GetMailFromAttributes429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetMailFromAttributes429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetMailFromAttributes429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetMailFromAttributes429Response {
            message: None,
        }
    }
}
