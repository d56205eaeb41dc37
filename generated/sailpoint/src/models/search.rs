//! `Search`, from `apis/shared/schemas/search.yaml`.

use crate::models::{
    Aggregationtype, Filter, Index, Query, Queryresultfilter, Querytype,
    SearchAggregationsVersion, SearchQueryVersion, Searchaggregationspecification,
    Textquery, Typeaheadquery,
};

/// `Search` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Search {
    /// The names of the Elasticsearch indices in which to search. If none are provided, then all indices will be searched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indices: Option<Vec<Index>>,
    #[serde(rename = "queryType", skip_serializing_if = "Option::is_none")]
    pub query_type: Option<Querytype>,
    #[serde(rename = "queryVersion", skip_serializing_if = "Option::is_none")]
    pub query_version: Option<SearchQueryVersion>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<Query>,
    /// The search query using the Elasticsearch [Query DSL](https://www.elastic.co/guide/en/elasticsearch/reference/7.10/query-dsl.html) syntax.
    #[serde(rename = "queryDsl", skip_serializing_if = "Option::is_none")]
    pub query_dsl: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(rename = "textQuery", skip_serializing_if = "Option::is_none")]
    pub text_query: Option<Textquery>,
    #[serde(rename = "typeAheadQuery", skip_serializing_if = "Option::is_none")]
    pub type_ahead_query: Option<Typeaheadquery>,
    /// Indicates whether nested objects from returned search results should be included.
    #[serde(rename = "includeNested", skip_serializing_if = "Option::is_none")]
    pub include_nested: Option<bool>,
    #[serde(rename = "queryResultFilter", skip_serializing_if = "Option::is_none")]
    pub query_result_filter: Option<Queryresultfilter>,
    #[serde(rename = "aggregationType", skip_serializing_if = "Option::is_none")]
    pub aggregation_type: Option<Aggregationtype>,
    #[serde(rename = "aggregationsVersion", skip_serializing_if = "Option::is_none")]
    pub aggregations_version: Option<SearchAggregationsVersion>,
    /// The aggregation search query using Elasticsearch [Aggregations](https://www.elastic.co/guide/en/elasticsearch/reference/5.2/search-aggregations.html) syntax.
    #[serde(rename = "aggregationsDsl", skip_serializing_if = "Option::is_none")]
    pub aggregations_dsl: Option<serde_json::Map<String, serde_json::Value>>,
    /// The aggregation’s specifications, such as the groupings and calculations to be performed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aggregations: Option<Searchaggregationspecification>,
    /// The fields to be used to sort the search results. Use + or - to specify the sort direction.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort: Option<Vec<String>>,
    /// Used to begin the search window at the values specified.
    /// This parameter consists of the last values of the sorted fields in the current record set.
    /// This is used to expand the Elasticsearch limit of 10K records by shifting the 10K window to begin at this value.
    /// It is recommended that you always include the ID of the object in addition to any other fields on this parameter in order to ensure you don't get duplicate results while paging.
    /// For example, when searching for identities, if you are sorting by displayName you will also want to include ID, for example \["displayName", "id"\].
    /// If the last identity ID in the search result is 2c91808375d8e80a0175e1f88a575221 and the last displayName is "John Doe", then using that displayName and ID will start a new search after this identity.
    /// The searchAfter value will look like \["John Doe","2c91808375d8e80a0175e1f88a575221"\]
    #[serde(rename = "searchAfter", skip_serializing_if = "Option::is_none")]
    pub search_after: Option<Vec<String>>,
    /// The filters to be applied for each filtered field name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filters: Option<std::collections::BTreeMap<String, Filter>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Search {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Search {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Search {
    const NAME: &'static str = "Search";

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
            "indices" => self.indices = map.next_value()?,
            "queryType" => self.query_type = map.next_value()?,
            "queryVersion" => self.query_version = map.next_value()?,
            "query" => self.query = map.next_value()?,
            "queryDsl" => self.query_dsl = map.next_value()?,
            "textQuery" => self.text_query = map.next_value()?,
            "typeAheadQuery" => self.type_ahead_query = map.next_value()?,
            "includeNested" => {
                self.include_nested = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "queryResultFilter" => self.query_result_filter = map.next_value()?,
            "aggregationType" => self.aggregation_type = map.next_value()?,
            "aggregationsVersion" => self.aggregations_version = map.next_value()?,
            "aggregationsDsl" => self.aggregations_dsl = map.next_value()?,
            "aggregations" => self.aggregations = map.next_value()?,
            "sort" => self.sort = map.next_value()?,
            "searchAfter" => self.search_after = map.next_value()?,
            "filters" => self.filters = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
