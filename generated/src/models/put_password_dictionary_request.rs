//! `PutPasswordDictionaryRequest`, from `v3/paths/password-dictionary.yaml#/put/requestBody/content/multipart~1form-data/schema`.

/// `PutPasswordDictionaryRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PutPasswordDictionaryRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<Vec<u8>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PutPasswordDictionaryRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutPasswordDictionaryRequest {
            file: None,
            additional_properties: Default::default(),
        }
    }
}
