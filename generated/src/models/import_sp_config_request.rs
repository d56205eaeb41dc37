//! `ImportSpConfigRequest`, from `beta/paths/sp-config-import.yaml#/post/requestBody/content/multipart~1form-data/schema`.

use crate::models::ImportOptions;

/// `ImportSpConfigRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImportSpConfigRequest {
    /// JSON file containing the objects to be imported.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub data: Vec<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<ImportOptions>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ImportSpConfigRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(data: Vec<u8>) -> Self {
        ImportSpConfigRequest {
            data,
            options: None,
            additional_properties: Default::default(),
        }
    }
}
