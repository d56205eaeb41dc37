//! `PatchDiscoveredApplicationById401Response`, from `beta/paths/discovered-application.yaml#/patch`.

/// `PatchDiscoveredApplicationById401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchDiscoveredApplicationById401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PatchDiscoveredApplicationById401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchDiscoveredApplicationById401Response {
            error: None,
        }
    }
}
