//! `SearchIdentities200ResponseHitsInner`, from `openapi.yaml#/paths/~1identities~1search/post/responses/200/content/application~1json/schema/properties/hits/items`.

/// `SearchIdentities200ResponseHitsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchIdentities200ResponseHitsInner {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SearchIdentities200ResponseHitsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SearchIdentities200ResponseHitsInner {
            id: None,
            score: None,
            additional_properties: Default::default(),
        }
    }
}
