//! `DisableAccountsForIdentities429Response`, from `beta/paths/identities-accounts-disable.yaml#/post`.

/// `DisableAccountsForIdentities429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DisableAccountsForIdentities429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DisableAccountsForIdentities429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DisableAccountsForIdentities429Response {
            message: None,
        }
    }
}
