//! `CreateFormDefinitionFileRequestRequest`, from `beta/paths/form-definition-files.yaml#/post/requestBody/content/multipart~1form-data/schema`.

/// `CreateFormDefinitionFileRequestRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateFormDefinitionFileRequestRequest {
    /// File specifying the multipart
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub file: Vec<u8>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CreateFormDefinitionFileRequestRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(file: Vec<u8>) -> Self {
        CreateFormDefinitionFileRequestRequest {
            file,
            additional_properties: Default::default(),
        }
    }
}
