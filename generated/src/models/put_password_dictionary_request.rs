//! `PutPasswordDictionaryRequest`, from `v3/paths/password-dictionary.yaml#/put/requestBody/content/multipart~1form-data/schema`.

/// `PutPasswordDictionaryRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutPasswordDictionaryRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<Vec<u8>>,
}

impl PutPasswordDictionaryRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutPasswordDictionaryRequest {
            file: None,
        }
    }
}
