//! `SetMfaOktaConfig429Response`, from `v3/paths/mfa-okta-config.yaml#/put`.

/// `SetMfaOktaConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetMfaOktaConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl SetMfaOktaConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SetMfaOktaConfig429Response {
            message: None,
        }
    }
}
