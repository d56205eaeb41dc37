//! `SendKbaAnswers401Response`, from `v3/paths/mfa-kba-authenticate.yaml#/post`.

/// `SendKbaAnswers401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SendKbaAnswers401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl SendKbaAnswers401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SendKbaAnswers401Response {
            error: None,
        }
    }
}
