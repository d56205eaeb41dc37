//! `ImportEntitlements429Response`, from `beta/paths/load-entitlements.yaml#/post`.

/// `ImportEntitlements429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportEntitlements429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ImportEntitlements429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportEntitlements429Response {
            message: None,
        }
    }
}
