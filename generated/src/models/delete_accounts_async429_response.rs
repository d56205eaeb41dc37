//! `DeleteAccountsAsync429Response`, from `beta/paths/remove-accounts.yaml#/post`.

/// `DeleteAccountsAsync429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteAccountsAsync429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteAccountsAsync429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteAccountsAsync429Response {
            message: None,
        }
    }
}
