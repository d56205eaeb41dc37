//! `RecommendationRequestDto`, from `beta/schemas/RecommendationRequestDto.yaml`.

use crate::models::RecommendationRequest;

/// `RecommendationRequestDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RecommendationRequestDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requests: Option<Vec<RecommendationRequest>>,
    /// Exclude interpretations in the response if "true". Return interpretations in the response if this attribute is not specified.
    #[serde(
        rename = "excludeInterpretations",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub exclude_interpretations: Option<bool>,
    /// When set to true, the calling system uses the translated messages for the specified language
    #[serde(
        rename = "includeTranslationMessages",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub include_translation_messages: Option<bool>,
    /// Returns the recommender calculations if set to true
    #[serde(
        rename = "includeDebugInformation",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub include_debug_information: Option<bool>,
    /// When set to true, uses prescribedRulesRecommenderConfig to get identity attributes and peer group threshold instead of standard config.
    #[serde(
        rename = "prescribeMode",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub prescribe_mode: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RecommendationRequestDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RecommendationRequestDto {
            requests: None,
            exclude_interpretations: None,
            include_translation_messages: None,
            include_debug_information: None,
            prescribe_mode: None,
            additional_properties: Default::default(),
        }
    }
}
