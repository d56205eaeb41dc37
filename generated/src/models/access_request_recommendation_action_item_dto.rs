//! `AccessRequestRecommendationActionItemDto`, from `beta/schemas/AccessRequestRecommendationActionItemDto.yaml`.

use crate::models::AccessRequestRecommendationItem;

/// `AccessRequestRecommendationActionItemDto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessRequestRecommendationActionItemDto {
    /// The identity ID taking the action.
    #[serde(rename = "identityId", default, deserialize_with = "crate::lenient::string")]
    pub identity_id: String,
    pub access: AccessRequestRecommendationItem,
}

impl AccessRequestRecommendationActionItemDto {
    /// Builds the value from its required fields.
    pub fn new(
        identity_id: impl Into<String>,
        access: AccessRequestRecommendationItem,
    ) -> Self {
        AccessRequestRecommendationActionItemDto {
            identity_id: identity_id.into(),
            access,
        }
    }
}
