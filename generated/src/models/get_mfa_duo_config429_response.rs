//! `GetMfaDuoConfig429Response`, from `v3/paths/mfa-duo-config.yaml#/get`.

/// `GetMfaDuoConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetMfaDuoConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetMfaDuoConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetMfaDuoConfig429Response {
            message: None,
        }
    }
}
