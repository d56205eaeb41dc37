//! `RecommendationResponseDto`, from `beta/schemas/RecommendationResponseDto.yaml`.

use crate::models::RecommendationResponse;

/// `RecommendationResponseDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RecommendationResponseDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Vec<RecommendationResponse>>,
}

impl RecommendationResponseDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RecommendationResponseDto {
            response: None,
        }
    }
}
