//! `ExportIdentityProfiles429Response`, from `beta/paths/identity-profiles-export.yaml#/get`.
/// `ExportIdentityProfiles429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExportIdentityProfiles429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl ExportIdentityProfiles429Response {
    /// A `ExportIdentityProfiles429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ExportIdentityProfiles429Response {
            message: None,
        }
    }
}
