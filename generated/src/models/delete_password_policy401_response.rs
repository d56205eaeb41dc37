//! `DeletePasswordPolicy401Response`, from `v3/paths/password-policy.yaml#/delete`.

/// `DeletePasswordPolicy401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeletePasswordPolicy401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DeletePasswordPolicy401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeletePasswordPolicy401Response {
            error: None,
        }
    }
}
