//! `GetMfaDuoConfig401Response`, from `v3/paths/mfa-duo-config.yaml#/get`.

/// `GetMfaDuoConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetMfaDuoConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetMfaDuoConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetMfaDuoConfig401Response {
            error: None,
        }
    }
}
