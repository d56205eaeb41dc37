//! `AccessRequestRecommendationItemDetail`, from `beta/schemas/AccessRequestRecommendationItemDetail.yaml`.

use crate::models::{
    AccessRecommendationMessage, AccessRequestRecommendationItemDetailAccess,
    TranslationMessage,
};

/// `AccessRequestRecommendationItemDetail` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessRequestRecommendationItemDetail {
    /// Identity ID for the recommendation
    #[serde(
        rename = "identityId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<AccessRequestRecommendationItemDetailAccess>,
    /// Whether or not the identity has already chosen to ignore this recommendation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub ignored: Option<bool>,
    /// Whether or not the identity has already chosen to request this recommendation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub requested: Option<bool>,
    /// Whether or not the identity reportedly viewed this recommendation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub viewed: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<AccessRecommendationMessage>>,
    /// The list of translation messages
    #[serde(
        rename = "translationMessages",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub translation_messages: Option<Vec<TranslationMessage>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestRecommendationItemDetail {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessRequestRecommendationItemDetail {
            identity_id: None,
            access: None,
            ignored: None,
            requested: None,
            viewed: None,
            messages: None,
            translation_messages: None,
            additional_properties: Default::default(),
        }
    }
}
