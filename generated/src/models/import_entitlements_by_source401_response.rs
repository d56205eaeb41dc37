//! `ImportEntitlementsBySource401Response`, from `beta/paths/load-entitlements-by-sources.yaml#/post`.

/// `ImportEntitlementsBySource401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportEntitlementsBySource401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ImportEntitlementsBySource401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportEntitlementsBySource401Response {
            error: None,
        }
    }
}
