//! `SearchCriteria`, from `beta/schemas/SearchCriteria.yaml`.

use crate::models::{
    SearchCriteriaFiltersValue, SearchCriteriaQuery, SearchCriteriaTextQuery,
};

/// Represents the search criteria for querying entitlements.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchCriteria {
    /// A list of indices to search within. Must contain exactly one item, typically "entitlements".
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub indices: Vec<String>,
    /// A map of filters applied to the search. Keys are filter names, and values are filter definitions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<std::collections::BTreeMap<String, SearchCriteriaFiltersValue>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<SearchCriteriaQuery>,
    /// Specifies the type of query. Must be "TEXT" if `textQuery` is used.
    #[serde(
        rename = "queryType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub query_type: Option<String>,
    #[serde(rename = "textQuery", default, skip_serializing_if = "Option::is_none")]
    pub text_query: Option<SearchCriteriaTextQuery>,
    /// Whether to include nested objects in the search results.
    #[serde(
        rename = "includeNested",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub include_nested: Option<bool>,
    /// Specifies the sorting order for the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Vec<String>>,
    /// Used for pagination to fetch results after a specific point.
    #[serde(rename = "searchAfter", default, skip_serializing_if = "Option::is_none")]
    pub search_after: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SearchCriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(indices: Vec<String>) -> Self {
        SearchCriteria {
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
