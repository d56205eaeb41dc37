//! `ImportSourceConnectorFileRequest`, from `beta/paths/source-upload-connector-file.yaml#/post/requestBody/content/multipart~1form-data/schema`.

/// `ImportSourceConnectorFileRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportSourceConnectorFileRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<Vec<u8>>,
}

impl ImportSourceConnectorFileRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportSourceConnectorFileRequest {
            file: None,
        }
    }
}
