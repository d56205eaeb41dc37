//! `PatchEntitlement429Response`, from `beta/paths/ears-entitlement.yaml#/patch`.

/// `PatchEntitlement429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchEntitlement429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PatchEntitlement429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchEntitlement429Response {
            message: None,
        }
    }
}
