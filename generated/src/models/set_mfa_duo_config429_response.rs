//! `SetMfaDuoConfig429Response`, from `v3/paths/mfa-duo-config.yaml#/put`.

/// `SetMfaDuoConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetMfaDuoConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl SetMfaDuoConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SetMfaDuoConfig429Response {
            message: None,
        }
    }
}
