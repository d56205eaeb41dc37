//! `ImportEntitlementsBySource429Response`, from `beta/paths/load-entitlements-by-sources.yaml#/post`.
/// `ImportEntitlementsBySource429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportEntitlementsBySource429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl ImportEntitlementsBySource429Response {
    /// A `ImportEntitlementsBySource429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ImportEntitlementsBySource429Response {
            message: None,
        }
    }
}
