//! `PatchDiscoveredApplicationById429Response`, from `beta/paths/discovered-application.yaml#/patch`.

/// `PatchDiscoveredApplicationById429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchDiscoveredApplicationById429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PatchDiscoveredApplicationById429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchDiscoveredApplicationById429Response {
            message: None,
        }
    }
}
