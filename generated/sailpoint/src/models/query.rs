//! `Query`, from `apis/shared/schemas/query.yaml`.

use crate::models::Innerhit;

/// Query parameters used to construct an Elasticsearch query object.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Query {
    /// The query using the Elasticsearch [Query String Query](https://www.elastic.co/guide/en/elasticsearch/reference/5.2/query-dsl-query-string-query.html#query-string) syntax from the Query DSL extended by SailPoint to support Nested queries.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// The fields the query will be applied to.  Fields provide you with a simple way to add additional fields to search, without making the query too complicated.  For example, you can use the fields to specify that you want your query of "a*" to be applied to "name", "firstName", and the "source.name".  The response will include all results matching the "a*" query found in those three fields.
    /// A field's availability depends on the indices being searched.  For example, if you are searching "identities", you can apply your search to the "firstName" field, but you couldn't use "firstName" with a search on "access profiles".  Refer to the response schema for the respective lists of available fields.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<String>,
    /// The time zone to be applied to any range query related to dates.
    #[serde(rename = "timeZone", skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// The innerHit query object returns a flattened list of results for the specified nested type.
    #[serde(rename = "innerHit", skip_serializing_if = "Option::is_none")]
    pub inner_hit: Option<Innerhit>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Query {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Query {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Query {
    const NAME: &'static str = "Query";

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
            "query" => self.query = map.next_value_seed(crate::lenient::TextOption)?,
            "fields" => self.fields = map.next_value_seed(crate::lenient::TextOption)?,
            "timeZone" => {
                self.time_zone = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "innerHit" => self.inner_hit = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
