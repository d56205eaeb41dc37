//! `CreateDigitToken429Response`, from `beta/paths/password-reset-digit-token.yaml#/post`.

/// `CreateDigitToken429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateDigitToken429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl CreateDigitToken429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateDigitToken429Response {
            message: None,
        }
    }
}
