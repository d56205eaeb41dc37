//! `PatchSed429Response`, from `beta/paths/suggested-entitlement-descriptions.yaml#/patch`.

/// `PatchSed429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchSed429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PatchSed429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchSed429Response {
            message: None,
        }
    }
}
