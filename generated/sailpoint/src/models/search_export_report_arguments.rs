//! `SearchExportReportArguments`, from `apis/reports-data-extraction/schemas/search-export-report-arguments.yaml`.

use crate::models::Index;

/// Arguments for Search Export report (SEARCH_EXPORT)
///
/// The report file generated will be a zip file containing csv files of the search results.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SearchExportReportArguments {
    /// The names of the Elasticsearch indices in which to search. If none are provided, then all indices will be searched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indices: Option<Vec<Index>>,
    /// The query using the Elasticsearch [Query String Query](https://www.elastic.co/guide/en/elasticsearch/reference/5.2/query-dsl-query-string-query.html#query-string) syntax from the Query DSL extended by SailPoint to support Nested queries.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub query: String,
    /// Comma separated string consisting of technical attribute names of fields to include in report.
    ///
    /// Use `access.spread`, `apps.spread`, `accounts.spread` to include respective identity access details.
    ///
    /// Use `accessProfiles.spread` to unclude access profile details.
    ///
    /// Use `entitlements.spread` to include entitlement details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub columns: Option<String>,
    /// The fields to be used to sort the search results. Use + or - to specify the sort direction.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SearchExportReportArguments {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(query: impl Into<String>) -> Self {
        SearchExportReportArguments {
            indices: None,
            query: query.into(),
            columns: None,
            sort: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for SearchExportReportArguments {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SearchExportReportArguments {
    const NAME: &'static str = "SearchExportReportArguments";

    #[inline]
    fn empty() -> Self {
        SearchExportReportArguments {
            indices: None,
            query: Default::default(),
            columns: None,
            sort: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "indices" => self.indices = map.next_value()?,
            "query" => self.query = map.next_value_seed(crate::lenient::Text)?,
            "columns" => self.columns = map.next_value_seed(crate::lenient::TextOption)?,
            "sort" => self.sort = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
