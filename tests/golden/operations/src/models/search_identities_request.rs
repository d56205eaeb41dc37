//! `SearchIdentitiesRequest`, from `openapi.yaml#/paths/~1identities~1search/post`.

/// `SearchIdentitiesRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchIdentitiesRequest {
    /// Search query.
    pub query: String,
    #[serde(
        rename = "includeInactive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub include_inactive: Option<bool>,
}

impl SearchIdentitiesRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(query: impl Into<String>) -> Self {
        SearchIdentitiesRequest {
            query: query.into(),
            include_inactive: None,
        }
    }
}
