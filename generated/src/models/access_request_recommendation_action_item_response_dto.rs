//! `AccessRequestRecommendationActionItemResponseDto`, from `beta/schemas/AccessRequestRecommendationActionItemResponseDto.yaml`.

use crate::models::AccessRequestRecommendationItem;

/// `AccessRequestRecommendationActionItemResponseDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessRequestRecommendationActionItemResponseDto {
    /// The identity ID taking the action.
    #[serde(
        rename = "identityId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<AccessRequestRecommendationItem>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub timestamp: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestRecommendationActionItemResponseDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessRequestRecommendationActionItemResponseDto {
            identity_id: None,
            access: None,
            timestamp: None,
            additional_properties: Default::default(),
        }
    }
}
