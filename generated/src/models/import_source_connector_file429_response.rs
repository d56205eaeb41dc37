//! `ImportSourceConnectorFile429Response`, from `beta/paths/source-upload-connector-file.yaml#/post`.

/// `ImportSourceConnectorFile429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportSourceConnectorFile429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ImportSourceConnectorFile429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportSourceConnectorFile429Response {
            message: None,
        }
    }
}
