//! `ImportEntitlementsBySource429Response`, from `beta/paths/load-entitlements-by-sources.yaml#/post`.

/// `ImportEntitlementsBySource429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportEntitlementsBySource429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ImportEntitlementsBySource429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportEntitlementsBySource429Response {
            message: None,
        }
    }
}
