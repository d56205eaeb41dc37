//! `SearchIdentities200Response`, from `openapi.yaml#/paths/~1identities~1search/post/responses/200/content/application~1json/schema`.

use crate::models::SearchIdentities200ResponseHitsInner;

/// `SearchIdentities200Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchIdentities200Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hits: Option<Vec<SearchIdentities200ResponseHitsInner>>,
}

impl SearchIdentities200Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SearchIdentities200Response {
            total: None,
            hits: None,
        }
    }
}
