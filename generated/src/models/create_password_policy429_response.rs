//! `CreatePasswordPolicy429Response`, from `v3/paths/password-policies.yaml#/post`.

/// `CreatePasswordPolicy429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatePasswordPolicy429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl CreatePasswordPolicy429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreatePasswordPolicy429Response {
            message: None,
        }
    }
}
