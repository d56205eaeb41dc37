//! `AccessRecommendationMessage`, from `beta/schemas/AccessRecommendationMessage.yaml`.

/// `AccessRecommendationMessage` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessRecommendationMessage {
    /// Information about why the access item was recommended.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub interpretation: Option<String>,
}

impl AccessRecommendationMessage {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessRecommendationMessage {
            interpretation: None,
        }
    }
}
