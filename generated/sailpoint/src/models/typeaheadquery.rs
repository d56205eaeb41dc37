//! `Typeaheadquery`, from `apis/shared/schemas/typeaheadquery.yaml`.

/// Query parameters used to construct an Elasticsearch type ahead query object.  The typeAheadQuery performs a search for top values beginning with the typed values. For example, typing "Jo" results in top hits matching "Jo." Typing "Job" results in top hits matching "Job."
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Typeaheadquery {
    /// The type ahead query string used to construct a phrase prefix match query.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub query: String,
    /// The field on which to perform the type ahead search.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub field: String,
    /// The nested type.
    #[serde(rename = "nestedType", skip_serializing_if = "Option::is_none")]
    pub nested_type: Option<String>,
    /// The number of suffixes the last term will be expanded into.
    /// Influences the performance of the query and the number results returned.
    /// Valid values: 1 to 1000.
    #[serde(rename = "maxExpansions", skip_serializing_if = "Option::is_none")]
    pub max_expansions: Option<i32>,
    /// The max amount of records the search will return.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<i32>,
    /// The sort order of the returned records.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    /// The flag that defines the sort type, by count or value.
    #[serde(rename = "sortByValue", skip_serializing_if = "Option::is_none")]
    pub sort_by_value: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Typeaheadquery {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(query: impl Into<String>, field: impl Into<String>) -> Self {
        Typeaheadquery {
            query: query.into(),
            field: field.into(),
            nested_type: None,
            max_expansions: None,
            size: None,
            sort: None,
            sort_by_value: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Typeaheadquery {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Typeaheadquery {
    const NAME: &'static str = "Typeaheadquery";

    #[inline]
    fn empty() -> Self {
        Typeaheadquery {
            query: Default::default(),
            field: Default::default(),
            nested_type: None,
            max_expansions: None,
            size: None,
            sort: None,
            sort_by_value: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "query" => self.query = map.next_value_seed(crate::lenient::Text)?,
            "field" => self.field = map.next_value_seed(crate::lenient::Text)?,
            "nestedType" => {
                self.nested_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "maxExpansions" => self.max_expansions = map.next_value()?,
            "size" => self.size = map.next_value()?,
            "sort" => self.sort = map.next_value_seed(crate::lenient::TextOption)?,
            "sortByValue" => {
                self.sort_by_value = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
