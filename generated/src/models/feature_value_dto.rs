//! `FeatureValueDto`, from `beta/schemas/FeatureValueDto.yaml`.

/// `FeatureValueDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FeatureValueDto {
    /// The type of feature
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub feature: Option<String>,
    /// The number of identities that have access to the feature
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numerator: Option<i32>,
    /// The number of identities with the corresponding feature
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denominator: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FeatureValueDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FeatureValueDto {
            feature: None,
            numerator: None,
            denominator: None,
            additional_properties: Default::default(),
        }
    }
}
