//! `RecommenderCalculationsIdentityAttributesValue`, from `beta/schemas/RecommenderCalculations.yaml#/properties/identityAttributes/additionalProperties`.

/// `RecommenderCalculationsIdentityAttributesValue` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RecommenderCalculationsIdentityAttributesValue {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub value: Option<String>,
}

impl RecommenderCalculationsIdentityAttributesValue {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RecommenderCalculationsIdentityAttributesValue {
            value: None,
        }
    }
}
