//! `SendIdentityVerificationAccountToken429Response`, from `beta/paths/identity-send-account-verification.yaml#/post`.

/// `SendIdentityVerificationAccountToken429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SendIdentityVerificationAccountToken429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl SendIdentityVerificationAccountToken429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SendIdentityVerificationAccountToken429Response {
            message: None,
        }
    }
}
