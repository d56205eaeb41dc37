//! `GetSpConfigImport429Response`, from `beta/paths/sp-config-import-download.yaml#/get`.

/// `GetSpConfigImport429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSpConfigImport429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetSpConfigImport429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSpConfigImport429Response {
            message: None,
        }
    }
}
