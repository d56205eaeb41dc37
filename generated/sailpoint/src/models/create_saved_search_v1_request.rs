//! `CreateSavedSearchV1Request`, from `apis/saved-search/paths/saved-searches-v1.yaml#/post/requestBody/content/application~1json/schema`.

use crate::models::{Column, Datetime, Index, SavedsearchdetailFilters};

/// `CreateSavedSearchV1Request` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CreateSavedSearchV1Request {
    /// The name of the saved search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the saved search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The date the saved search was initially created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<Datetime>,
    /// The last date the saved search was modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<Datetime>,
    /// The names of the Elasticsearch indices in which to search.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub indices: Vec<Index>,
    /// The columns to be returned (specifies the order in which they will be presented) for each document type.
    ///
    /// The currently supported document types are: _accessprofile_, _accountactivity_, _account_, _aggregation_, _entitlement_, _event_, _identity_, and _role_.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub columns: Option<std::collections::BTreeMap<String, Vec<Column>>>,
    /// The search query using Elasticsearch [Query String Query](https://www.elastic.co/guide/en/elasticsearch/reference/5.2/query-dsl-query-string-query.html#query-string) syntax from the Query DSL.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub query: String,
    /// The fields to be searched against in a multi-field query.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<String>>,
    /// Sort by index. This takes precedence over the `sort` property.
    #[serde(rename = "orderBy", skip_serializing_if = "Option::is_none")]
    pub order_by: Option<std::collections::BTreeMap<String, Vec<String>>>,
    /// The fields to be used to sort the search results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filters: Option<SavedsearchdetailFilters>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CreateSavedSearchV1Request {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(indices: Vec<Index>, query: impl Into<String>) -> Self {
        CreateSavedSearchV1Request {
            name: None,
            description: None,
            created: None,
            modified: None,
            indices,
            columns: None,
            query: query.into(),
            fields: None,
            order_by: None,
            sort: None,
            filters: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CreateSavedSearchV1Request {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CreateSavedSearchV1Request {
    const NAME: &'static str = "CreateSavedSearchV1Request";

    #[inline]
    fn empty() -> Self {
        CreateSavedSearchV1Request {
            name: None,
            description: None,
            created: None,
            modified: None,
            indices: Default::default(),
            columns: None,
            query: Default::default(),
            fields: None,
            order_by: None,
            sort: None,
            filters: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "created" => self.created = map.next_value()?,
            "modified" => self.modified = map.next_value()?,
            "indices" => {
                self.indices = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "columns" => self.columns = map.next_value()?,
            "query" => self.query = map.next_value_seed(crate::lenient::Text)?,
            "fields" => self.fields = map.next_value()?,
            "orderBy" => self.order_by = map.next_value()?,
            "sort" => self.sort = map.next_value()?,
            "filters" => self.filters = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
