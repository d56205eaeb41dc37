//! `SendDuoVerifyRequest429Response`, from `v3/paths/mfa-duo-verify.yaml#/post`.

/// `SendDuoVerifyRequest429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SendDuoVerifyRequest429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl SendDuoVerifyRequest429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SendDuoVerifyRequest429Response {
            message: None,
        }
    }
}
