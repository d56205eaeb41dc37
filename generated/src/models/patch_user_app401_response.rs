//! `PatchUserApp401Response`, from `beta/paths/ears-user-app.yaml#/patch`.

/// `PatchUserApp401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchUserApp401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PatchUserApp401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchUserApp401Response {
            error: None,
        }
    }
}
