//! `DisableAccountsForIdentities401Response`, from `beta/paths/identities-accounts-disable.yaml#/post`.

/// `DisableAccountsForIdentities401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DisableAccountsForIdentities401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DisableAccountsForIdentities401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DisableAccountsForIdentities401Response {
            error: None,
        }
    }
}
