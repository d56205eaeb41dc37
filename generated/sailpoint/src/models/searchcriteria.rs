//! `Searchcriteria`, from `apis/suggested-entitlement-description/schemas/searchcriteria.yaml`.

use crate::models::{
    SearchcriteriaFiltersValue, SearchcriteriaQuery, SearchcriteriaTextQuery,
};

/// Represents the search criteria for querying entitlements.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Searchcriteria {
    /// A list of indices to search within. Must contain exactly one item, typically "entitlements".
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub indices: Vec<String>,
    /// A map of filters applied to the search. Keys are filter names, and values are filter definitions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filters: Option<std::collections::BTreeMap<String, SearchcriteriaFiltersValue>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<SearchcriteriaQuery>,
    /// Specifies the type of query. Must be "TEXT" if `textQuery` is used.
    #[serde(rename = "queryType", skip_serializing_if = "Option::is_none")]
    pub query_type: Option<String>,
    #[serde(rename = "textQuery", skip_serializing_if = "Option::is_none")]
    pub text_query: Option<SearchcriteriaTextQuery>,
    /// Whether to include nested objects in the search results.
    #[serde(rename = "includeNested", skip_serializing_if = "Option::is_none")]
    pub include_nested: Option<bool>,
    /// Specifies the sorting order for the results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort: Option<Vec<String>>,
    /// Used for pagination to fetch results after a specific point.
    #[serde(rename = "searchAfter", skip_serializing_if = "Option::is_none")]
    pub search_after: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Searchcriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(indices: Vec<String>) -> Self {
        Searchcriteria {
            indices,
            filters: None,
            query: None,
            query_type: None,
            text_query: None,
            include_nested: None,
            sort: None,
            search_after: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Searchcriteria {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Searchcriteria {
    const NAME: &'static str = "Searchcriteria";

    #[inline]
    fn empty() -> Self {
        Searchcriteria {
            indices: Default::default(),
            filters: None,
            query: None,
            query_type: None,
            text_query: None,
            include_nested: None,
            sort: None,
            search_after: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "indices" => {
                self.indices = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "filters" => self.filters = map.next_value()?,
            "query" => self.query = map.next_value()?,
            "queryType" => {
                self.query_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "textQuery" => self.text_query = map.next_value()?,
            "includeNested" => {
                self.include_nested = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "sort" => self.sort = map.next_value()?,
            "searchAfter" => self.search_after = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
