//! `SetPasswordPolicy401Response`, from `v3/paths/password-policy.yaml#/put`.

/// `SetPasswordPolicy401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetPasswordPolicy401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl SetPasswordPolicy401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SetPasswordPolicy401Response {
            error: None,
        }
    }
}
