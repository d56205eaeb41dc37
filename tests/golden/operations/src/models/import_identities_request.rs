//! `ImportIdentitiesRequest`, from `openapi.yaml#/paths/~1identities~1import/post/requestBody/content/multipart~1form-data/schema`.

/// `ImportIdentitiesRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImportIdentitiesRequest {
    /// The file to import.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ImportIdentitiesRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(data: Vec<u8>) -> Self {
        ImportIdentitiesRequest {
            data,
            name: None,
            dry_run: None,
            additional_properties: Default::default(),
        }
    }
}
