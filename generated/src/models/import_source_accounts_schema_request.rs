//! `ImportSourceAccountsSchemaRequest`, from `beta/paths/source-accounts-schema.yaml#/post/requestBody/content/multipart~1form-data/schema`.

/// `ImportSourceAccountsSchemaRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImportSourceAccountsSchemaRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<Vec<u8>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ImportSourceAccountsSchemaRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportSourceAccountsSchemaRequest {
            file: None,
            additional_properties: Default::default(),
        }
    }
}
