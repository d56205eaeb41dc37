//! `RecommendationRequest`, from `beta/schemas/RecommendationRequest.yaml`.

use crate::models::AccessItemRef;

/// `RecommendationRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl RecommendationRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RecommendationRequest {
            identity_id: None,
            item: None,
        }
    }
}
