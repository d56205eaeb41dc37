//! `GetSpConfigExport401Response`, from `beta/paths/sp-config-export-download.yaml#/get`.

/// `GetSpConfigExport401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSpConfigExport401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetSpConfigExport401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSpConfigExport401Response {
            error: None,
        }
    }
}
