//! `Recommendationresponse`, from `apis/iai-recommendations/schemas/recommendationresponse.yaml`.

use crate::models::{
    Recommendationrequest, RecommendationresponseRecommendation, Recommendercalculations,
    Translationmessage,
};

/// `Recommendationresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Recommendationresponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request: Option<Recommendationrequest>,
    /// The recommendation - YES if the access is recommended, NO if not recommended, MAYBE if there is not enough information to make a recommendation, NOT_FOUND if the identity is not found in the system
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recommendation: Option<RecommendationresponseRecommendation>,
    /// The list of interpretations explaining the recommendation. The array is empty if includeInterpretations is false or not present in the request. e.g. - \[ "Not approved in the last 6 months." \]. Interpretations will be translated using the client's locale as found in the Accept-Language header. If a translation for the client's locale cannot be found, the US English translation will be returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interpretations: Option<Vec<String>>,
    /// The list of translation messages, if they have been requested.
    #[serde(rename = "translationMessages", skip_serializing_if = "Option::is_none")]
    pub translation_messages: Option<Vec<Translationmessage>>,
    /// The calcuations performed behind the scenes that provide recommendations to the user.
    #[serde(rename = "recommenderCalculations", skip_serializing_if = "Option::is_none")]
    pub recommender_calculations: Option<Recommendercalculations>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Recommendationresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Recommendationresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Recommendationresponse {
    const NAME: &'static str = "Recommendationresponse";

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
            "request" => self.request = map.next_value()?,
            "recommendation" => self.recommendation = map.next_value()?,
            "interpretations" => self.interpretations = map.next_value()?,
            "translationMessages" => self.translation_messages = map.next_value()?,
            "recommenderCalculations" => {
                self.recommender_calculations = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
