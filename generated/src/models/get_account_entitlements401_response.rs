//! `GetAccountEntitlements401Response`, from `beta/paths/accounts-id-entitlements.yaml#/get`.
/// `GetAccountEntitlements401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAccountEntitlements401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetAccountEntitlements401Response {
    /// A `GetAccountEntitlements401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetAccountEntitlements401Response {
            error: None,
        }
    }
}
