//! `ImportSourceEntitlementsSchema429Response`, from `beta/paths/source-entitlements-schema.yaml#/post`.

/// `ImportSourceEntitlementsSchema429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportSourceEntitlementsSchema429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ImportSourceEntitlementsSchema429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportSourceEntitlementsSchema429Response {
            message: None,
        }
    }
}
