//! `Recommendationconfigdto`, from `apis/iai-recommendations/schemas/recommendationconfigdto.yaml`.

/// `Recommendationconfigdto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Recommendationconfigdto {
    /// List of identity attributes to use for calculating certification recommendations
    #[serde(rename = "recommenderFeatures", skip_serializing_if = "Option::is_none")]
    pub recommender_features: Option<Vec<String>>,
    /// The percent value that the recommendation calculation must surpass to produce a YES recommendation
    #[serde(
        rename = "peerGroupPercentageThreshold",
        skip_serializing_if = "Option::is_none"
    )]
    pub peer_group_percentage_threshold: Option<f32>,
    /// If true, rulesRecommenderConfig will be refreshed with new programatically selected attribute and threshold values on the next pipeline run
    #[serde(rename = "runAutoSelectOnce", skip_serializing_if = "Option::is_none")]
    pub run_auto_select_once: Option<bool>,
    /// If true, rulesRecommenderConfig will be refreshed with new programatically selected threshold values on the next pipeline run
    #[serde(rename = "onlyTuneThreshold", skip_serializing_if = "Option::is_none")]
    pub only_tune_threshold: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Recommendationconfigdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Recommendationconfigdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Recommendationconfigdto {
    const NAME: &'static str = "Recommendationconfigdto";

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
            "recommenderFeatures" => self.recommender_features = map.next_value()?,
            "peerGroupPercentageThreshold" => {
                self.peer_group_percentage_threshold = map.next_value()?;
            }
            "runAutoSelectOnce" => {
                self.run_auto_select_once = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "onlyTuneThreshold" => {
                self.only_tune_threshold = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
