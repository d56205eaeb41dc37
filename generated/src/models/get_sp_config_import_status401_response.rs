//! `GetSpConfigImportStatus401Response`, from `beta/paths/sp-config-import-status.yaml#/get`.

/// `GetSpConfigImportStatus401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSpConfigImportStatus401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetSpConfigImportStatus401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSpConfigImportStatus401Response {
            error: None,
        }
    }
}
