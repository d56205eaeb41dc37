//! `ImportSourceConnectorFile401Response`, from `beta/paths/source-upload-connector-file.yaml#/post`.
/// `ImportSourceConnectorFile401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportSourceConnectorFile401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl ImportSourceConnectorFile401Response {
    /// A `ImportSourceConnectorFile401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ImportSourceConnectorFile401Response {
            error: None,
        }
    }
}
