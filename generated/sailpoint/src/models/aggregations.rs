//! `Aggregations`, from `apis/shared/schemas/aggregations.yaml`.

use crate::models::{
    Bucketaggregation, Filteraggregation, Metricaggregation, Nestedaggregation,
};

/// `Aggregations` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Aggregations {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nested: Option<Nestedaggregation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metric: Option<Metricaggregation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter: Option<Filteraggregation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket: Option<Bucketaggregation>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Aggregations {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Aggregations {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Aggregations {
    const NAME: &'static str = "Aggregations";

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
            "nested" => self.nested = map.next_value()?,
            "metric" => self.metric = map.next_value()?,
            "filter" => self.filter = map.next_value()?,
            "bucket" => self.bucket = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
