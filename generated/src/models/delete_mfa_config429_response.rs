//! `DeleteMfaConfig429Response`, from `v3/paths/mfa-config-delete.yaml#/delete`.

/// `DeleteMfaConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteMfaConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteMfaConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteMfaConfig429Response {
            message: None,
        }
    }
}
