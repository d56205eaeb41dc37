//! `Accessrequestrecommendationconfigdto`, from `apis/iai-access-request-recommendations/schemas/accessrequestrecommendationconfigdto.yaml`.

/// `Accessrequestrecommendationconfigdto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessrequestrecommendationconfigdto {
    /// The value that internal calculations need to exceed for recommendations to be made.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "scoreThreshold")]
    pub score_threshold: f32,
    /// Use to map an attribute name for determining identities' start date.
    #[serde(rename = "startDateAttribute", skip_serializing_if = "Option::is_none")]
    pub start_date_attribute: Option<String>,
    /// Use to only give recommendations based on this attribute.
    #[serde(rename = "restrictionAttribute", skip_serializing_if = "Option::is_none")]
    pub restriction_attribute: Option<String>,
    /// Use to map an attribute name for determining whether identities are movers.
    #[serde(rename = "moverAttribute", skip_serializing_if = "Option::is_none")]
    pub mover_attribute: Option<String>,
    /// Use to map an attribute name for determining whether identities are joiners.
    #[serde(rename = "joinerAttribute", skip_serializing_if = "Option::is_none")]
    pub joiner_attribute: Option<String>,
    /// Use only the attribute named in restrictionAttribute to make recommendations.
    #[serde(rename = "useRestrictionAttribute", skip_serializing_if = "Option::is_none")]
    pub use_restriction_attribute: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessrequestrecommendationconfigdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(score_threshold: f32) -> Self {
        Accessrequestrecommendationconfigdto {
            score_threshold,
            start_date_attribute: None,
            restriction_attribute: None,
            mover_attribute: None,
            joiner_attribute: None,
            use_restriction_attribute: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accessrequestrecommendationconfigdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessrequestrecommendationconfigdto {
    const NAME: &'static str = "Accessrequestrecommendationconfigdto";

    #[inline]
    fn empty() -> Self {
        Accessrequestrecommendationconfigdto {
            score_threshold: Default::default(),
            start_date_attribute: None,
            restriction_attribute: None,
            mover_attribute: None,
            joiner_attribute: None,
            use_restriction_attribute: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "scoreThreshold" => {
                self.score_threshold = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "startDateAttribute" => {
                self.start_date_attribute = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "restrictionAttribute" => {
                self.restriction_attribute = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "moverAttribute" => {
                self.mover_attribute = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "joinerAttribute" => {
                self.joiner_attribute = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "useRestrictionAttribute" => {
                self.use_restriction_attribute = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
