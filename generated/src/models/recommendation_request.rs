//! `RecommendationRequest`, from `beta/schemas/RecommendationRequest.yaml`.

use crate::models::AccessItemRef;

/// `RecommendationRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RecommendationRequest {
    /// The identity ID
    #[serde(
        rename = "identityId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<AccessItemRef>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RecommendationRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RecommendationRequest {
            identity_id: None,
            item: None,
            additional_properties: Default::default(),
        }
    }
}
