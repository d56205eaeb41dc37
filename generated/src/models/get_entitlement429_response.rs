//! `GetEntitlement429Response`, from `beta/paths/ears-entitlement.yaml#/get`.

/// `GetEntitlement429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetEntitlement429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetEntitlement429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetEntitlement429Response {
            message: None,
        }
    }
}
