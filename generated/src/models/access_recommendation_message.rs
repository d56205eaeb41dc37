//! `AccessRecommendationMessage`, from `beta/schemas/AccessRecommendationMessage.yaml`.

/// `AccessRecommendationMessage` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessRecommendationMessage {
    /// Information about why the access item was recommended.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub interpretation: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRecommendationMessage {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessRecommendationMessage {
            interpretation: None,
            additional_properties: Default::default(),
        }
    }
}
