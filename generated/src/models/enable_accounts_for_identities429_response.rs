//! `EnableAccountsForIdentities429Response`, from `beta/paths/identities-accounts-enable.yaml#/post`.

/// `EnableAccountsForIdentities429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EnableAccountsForIdentities429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl EnableAccountsForIdentities429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        EnableAccountsForIdentities429Response {
            message: None,
        }
    }
}
