//! `ExportIdentityProfiles401Response`, from `beta/paths/identity-profiles-export.yaml#/get`.
/// `ExportIdentityProfiles401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExportIdentityProfiles401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl ExportIdentityProfiles401Response {
    /// A `ExportIdentityProfiles401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ExportIdentityProfiles401Response {
            error: None,
        }
    }
}
