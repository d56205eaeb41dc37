//! `CreateFormDefinitionFileRequestRequest`, from `beta/paths/form-definition-files.yaml#/post/requestBody/content/multipart~1form-data/schema`.

/// `CreateFormDefinitionFileRequestRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateFormDefinitionFileRequestRequest {
    /// File specifying the multipart
    #[serde(default)]
    pub file: Vec<u8>,
}

impl CreateFormDefinitionFileRequestRequest {
    /// Builds the value from its required fields.
    pub fn new(file: Vec<u8>) -> Self {
        CreateFormDefinitionFileRequestRequest {
            file,
        }
    }
}
