//! `SetMfakbaConfig401Response`, from `v3/paths/mfa-kba-config-answers.yaml#/post`.

/// `SetMfakbaConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetMfakbaConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl SetMfakbaConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SetMfakbaConfig401Response {
            error: None,
        }
    }
}
