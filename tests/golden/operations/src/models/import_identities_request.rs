//! `ImportIdentitiesRequest`, from `openapi.yaml#/paths/~1identities~1import/post/requestBody/content/multipart~1form-data/schema`.

/// `ImportIdentitiesRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportIdentitiesRequest {
    /// The file to import.
    #[serde(default)]
    pub data: Vec<u8>,
    /// A name for the import.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// If true, validate only.
    #[serde(
        rename = "dryRun",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub dry_run: Option<bool>,
}

impl ImportIdentitiesRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(data: Vec<u8>) -> Self {
        ImportIdentitiesRequest {
            data,
            name: None,
            dry_run: None,
        }
    }
}
