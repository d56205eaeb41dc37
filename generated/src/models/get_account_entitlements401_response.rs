//! `GetAccountEntitlements401Response`, from `beta/paths/accounts-id-entitlements.yaml#/get`.

/// `GetAccountEntitlements401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAccountEntitlements401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetAccountEntitlements401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetAccountEntitlements401Response {
            error: None,
        }
    }
}
