//! `SearchIdentitiesRequest`, from `openapi.yaml#/paths/~1identities~1search/post/requestBody/content/application~1json/schema`.

/// `SearchIdentitiesRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchIdentitiesRequest {
    /// Search query.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub query: String,
    #[serde(
        rename = "includeInactive",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub include_inactive: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SearchIdentitiesRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(query: impl Into<String>) -> Self {
        SearchIdentitiesRequest {
            query: query.into(),
            include_inactive: None,
            additional_properties: Default::default(),
        }
    }
}
