//! `ResetSourceEntitlements401Response`, from `beta/paths/reset-entitlements.yaml#/post`.
/// `ResetSourceEntitlements401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResetSourceEntitlements401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl ResetSourceEntitlements401Response {
    /// A `ResetSourceEntitlements401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ResetSourceEntitlements401Response {
            error: None,
        }
    }
}
