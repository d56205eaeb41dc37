//! `DeleteAccountAsync429Response`, from `beta/paths/remove-account.yaml#/post`.

/// `DeleteAccountAsync429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteAccountAsync429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteAccountAsync429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteAccountAsync429Response {
            message: None,
        }
    }
}
