//! `ListPasswordPolicies429Response`, from `v3/paths/password-policies.yaml#/get`.

/// `ListPasswordPolicies429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListPasswordPolicies429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListPasswordPolicies429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListPasswordPolicies429Response {
            message: None,
        }
    }
}
