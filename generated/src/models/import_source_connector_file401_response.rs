//! `ImportSourceConnectorFile401Response`, from `beta/paths/source-upload-connector-file.yaml#/post`.

/// `ImportSourceConnectorFile401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportSourceConnectorFile401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ImportSourceConnectorFile401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportSourceConnectorFile401Response {
            error: None,
        }
    }
}
