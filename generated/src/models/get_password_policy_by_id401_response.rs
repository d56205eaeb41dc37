//! `GetPasswordPolicyById401Response`, from `v3/paths/password-policy.yaml#/get`.

/// `GetPasswordPolicyById401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPasswordPolicyById401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetPasswordPolicyById401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPasswordPolicyById401Response {
            error: None,
        }
    }
}
