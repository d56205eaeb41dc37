//! `ImportSpConfigRequest`, from `beta/paths/sp-config-import.yaml#/post/requestBody/content/multipart~1form-data/schema`.

use crate::models::ImportOptions;

/// `ImportSpConfigRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportSpConfigRequest {
    /// JSON file containing the objects to be imported.
    #[serde(default)]
    pub data: Vec<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<ImportOptions>,
}

impl ImportSpConfigRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(data: Vec<u8>) -> Self {
        ImportSpConfigRequest {
            data,
            options: None,
        }
    }
}
