//! `GetSpConfigImportStatus401Response`, from `beta/paths/sp-config-import-status.yaml#/get`.
/// `GetSpConfigImportStatus401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSpConfigImportStatus401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetSpConfigImportStatus401Response {
    /// A `GetSpConfigImportStatus401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetSpConfigImportStatus401Response {
            error: None,
        }
    }
}
