//! `PatchSearchAttributeConfig429Response`, from `beta/paths/searchAttributeConfig-get-patch-delete.yaml#/patch`.

/// `PatchSearchAttributeConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchSearchAttributeConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PatchSearchAttributeConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchSearchAttributeConfig429Response {
            message: None,
        }
    }
}
