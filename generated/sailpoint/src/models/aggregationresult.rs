//! `Aggregationresult`, from `apis/search/schemas/aggregationresult.yaml`.

use crate::models::Searchdocuments;

/// `Aggregationresult` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Aggregationresult {
    /// The document containing the results of the aggregation. This document is controlled by Elasticsearch and depends on the type of aggregation query that is run.
    ///
    /// See Elasticsearch [Aggregations](https://www.elastic.co/guide/en/elasticsearch/reference/5.2/search-aggregations.html) documentation for information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aggregations: Option<serde_json::Map<String, serde_json::Value>>,
    /// The results of the aggregation search query.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hits: Option<Vec<Searchdocuments>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Aggregationresult {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Aggregationresult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Aggregationresult {
    const NAME: &'static str = "Aggregationresult";

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
            "aggregations" => self.aggregations = map.next_value()?,
            "hits" => self.hits = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
