//! `GetSpConfigExportStatus401Response`, from `beta/paths/sp-config-export-status.yaml#/get`.

/// `GetSpConfigExportStatus401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSpConfigExportStatus401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetSpConfigExportStatus401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSpConfigExportStatus401Response {
            error: None,
        }
    }
}
