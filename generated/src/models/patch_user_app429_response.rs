//! `PatchUserApp429Response`, from `beta/paths/ears-user-app.yaml#/patch`.

/// `PatchUserApp429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchUserApp429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PatchUserApp429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchUserApp429Response {
            message: None,
        }
    }
}
