//! `ExportIdentityProfiles429Response`, from `beta/paths/identity-profiles-export.yaml#/get`.

/// `ExportIdentityProfiles429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExportIdentityProfiles429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ExportIdentityProfiles429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ExportIdentityProfiles429Response {
            message: None,
        }
    }
}
