//! `PatchAccessProfile429Response`, from `beta/paths/access-profile.yaml#/patch`.

/// `PatchAccessProfile429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchAccessProfile429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PatchAccessProfile429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchAccessProfile429Response {
            message: None,
        }
    }
}
