//! `SendDuoVerifyRequest401Response`, from `v3/paths/mfa-duo-verify.yaml#/post`.

/// `SendDuoVerifyRequest401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SendDuoVerifyRequest401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl SendDuoVerifyRequest401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SendDuoVerifyRequest401Response {
            error: None,
        }
    }
}
