//! `SendIdentityVerificationAccountToken401Response`, from `beta/paths/identity-send-account-verification.yaml#/post`.

/// `SendIdentityVerificationAccountToken401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SendIdentityVerificationAccountToken401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl SendIdentityVerificationAccountToken401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SendIdentityVerificationAccountToken401Response {
            error: None,
        }
    }
}
