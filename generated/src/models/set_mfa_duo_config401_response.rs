//! `SetMfaDuoConfig401Response`, from `v3/paths/mfa-duo-config.yaml#/put`.

/// `SetMfaDuoConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetMfaDuoConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl SetMfaDuoConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SetMfaDuoConfig401Response {
            error: None,
        }
    }
}
