//! `GetSpConfigExport429Response`, from `beta/paths/sp-config-export-download.yaml#/get`.

/// `GetSpConfigExport429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSpConfigExport429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetSpConfigExport429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSpConfigExport429Response {
            message: None,
        }
    }
}
