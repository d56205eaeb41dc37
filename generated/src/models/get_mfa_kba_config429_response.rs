//! `GetMfaKbaConfig429Response`, from `v3/paths/mfa-kba-config.yaml#/get`.

/// `GetMfaKbaConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetMfaKbaConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetMfaKbaConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetMfaKbaConfig429Response {
            message: None,
        }
    }
}
