//! `ImportSourceAccountsSchemaRequest`, from `beta/paths/source-accounts-schema.yaml#/post/requestBody/content/multipart~1form-data/schema`.

/// `ImportSourceAccountsSchemaRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportSourceAccountsSchemaRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<Vec<u8>>,
}

impl ImportSourceAccountsSchemaRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportSourceAccountsSchemaRequest {
            file: None,
        }
    }
}
