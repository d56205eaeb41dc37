//! `SearchIdentities200Response`, from `openapi.yaml#/paths/~1identities~1search/post/responses/200/content/application~1json/schema`.

use crate::models::SearchIdentities200ResponseHitsInner;

/// `SearchIdentities200Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchIdentities200Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hits: Option<Vec<SearchIdentities200ResponseHitsInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SearchIdentities200Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SearchIdentities200Response {
            total: None,
            hits: None,
            additional_properties: Default::default(),
        }
    }
}
