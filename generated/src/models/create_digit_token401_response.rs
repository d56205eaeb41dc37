//! `CreateDigitToken401Response`, from `beta/paths/password-reset-digit-token.yaml#/post`.

/// `CreateDigitToken401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateDigitToken401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl CreateDigitToken401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateDigitToken401Response {
            error: None,
        }
    }
}
