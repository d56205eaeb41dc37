//! `UpdateEntitlementsInBulk429Response`, from `beta/paths/ears-entitlement-bulk-update.yaml#/post`.

/// `UpdateEntitlementsInBulk429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateEntitlementsInBulk429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl UpdateEntitlementsInBulk429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UpdateEntitlementsInBulk429Response {
            message: None,
        }
    }
}
