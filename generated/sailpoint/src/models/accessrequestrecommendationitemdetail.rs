//! `Accessrequestrecommendationitemdetail`, from `apis/iai-access-request-recommendations/schemas/accessrequestrecommendationitemdetail.yaml`.

use crate::models::{
    Accessrecommendationmessage, AccessrequestrecommendationitemdetailAccess,
    Translationmessage,
};

/// `Accessrequestrecommendationitemdetail` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessrequestrecommendationitemdetail {
    /// Identity ID for the recommendation
    #[serde(rename = "identityId", skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access: Option<AccessrequestrecommendationitemdetailAccess>,
    /// Whether or not the identity has already chosen to ignore this recommendation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignored: Option<bool>,
    /// Whether or not the identity has already chosen to request this recommendation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested: Option<bool>,
    /// Whether or not the identity reportedly viewed this recommendation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub viewed: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<Accessrecommendationmessage>>,
    /// The list of translation messages
    #[serde(rename = "translationMessages", skip_serializing_if = "Option::is_none")]
    pub translation_messages: Option<Vec<Translationmessage>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessrequestrecommendationitemdetail {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accessrequestrecommendationitemdetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessrequestrecommendationitemdetail {
    const NAME: &'static str = "Accessrequestrecommendationitemdetail";

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
            "identityId" => {
                self.identity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "access" => self.access = map.next_value()?,
            "ignored" => self.ignored = map.next_value_seed(crate::lenient::FlagOption)?,
            "requested" => {
                self.requested = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "viewed" => self.viewed = map.next_value_seed(crate::lenient::FlagOption)?,
            "messages" => self.messages = map.next_value()?,
            "translationMessages" => self.translation_messages = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
