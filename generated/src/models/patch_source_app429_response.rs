//! `PatchSourceApp429Response`, from `beta/paths/ears-source-app.yaml#/patch`.

/// `PatchSourceApp429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchSourceApp429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PatchSourceApp429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchSourceApp429Response {
            message: None,
        }
    }
}
