//! `DeletePasswordPolicy429Response`, from `v3/paths/password-policy.yaml#/delete`.

/// `DeletePasswordPolicy429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeletePasswordPolicy429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeletePasswordPolicy429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeletePasswordPolicy429Response {
            message: None,
        }
    }
}
