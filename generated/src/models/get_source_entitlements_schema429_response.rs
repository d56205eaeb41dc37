//! `GetSourceEntitlementsSchema429Response`, from `beta/paths/source-entitlements-schema.yaml#/get`.

/// `GetSourceEntitlementsSchema429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSourceEntitlementsSchema429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetSourceEntitlementsSchema429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSourceEntitlementsSchema429Response {
            message: None,
        }
    }
}
