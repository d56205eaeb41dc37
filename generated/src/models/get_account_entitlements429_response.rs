//! `GetAccountEntitlements429Response`, from `beta/paths/accounts-id-entitlements.yaml#/get`.

/// `GetAccountEntitlements429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAccountEntitlements429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetAccountEntitlements429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetAccountEntitlements429Response {
            message: None,
        }
    }
}
