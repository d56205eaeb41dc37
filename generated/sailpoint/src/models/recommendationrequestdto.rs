//! `Recommendationrequestdto`, from `apis/iai-recommendations/schemas/recommendationrequestdto.yaml`.

use crate::models::Recommendationrequest;

/// `Recommendationrequestdto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Recommendationrequestdto {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requests: Option<Vec<Recommendationrequest>>,
    /// Exclude interpretations in the response if "true". Return interpretations in the response if this attribute is not specified.
    #[serde(rename = "excludeInterpretations", skip_serializing_if = "Option::is_none")]
    pub exclude_interpretations: Option<bool>,
    /// When set to true, the calling system uses the translated messages for the specified language
    #[serde(
        rename = "includeTranslationMessages",
        skip_serializing_if = "Option::is_none"
    )]
    pub include_translation_messages: Option<bool>,
    /// Returns the recommender calculations if set to true
    #[serde(rename = "includeDebugInformation", skip_serializing_if = "Option::is_none")]
    pub include_debug_information: Option<bool>,
    /// When set to true, uses prescribedRulesRecommenderConfig to get identity attributes and peer group threshold instead of standard config.
    #[serde(rename = "prescribeMode", skip_serializing_if = "Option::is_none")]
    pub prescribe_mode: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Recommendationrequestdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Recommendationrequestdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Recommendationrequestdto {
    const NAME: &'static str = "Recommendationrequestdto";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "requests" => self.requests = map.next_value()?,
            "excludeInterpretations" => {
                self.exclude_interpretations = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "includeTranslationMessages" => {
                self.include_translation_messages = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "includeDebugInformation" => {
                self.include_debug_information = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "prescribeMode" => {
                self.prescribe_mode = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
