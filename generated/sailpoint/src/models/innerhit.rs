//! `Innerhit`, from `apis/shared/schemas/innerhit.yaml`.

/// Inner Hit query object that will cause the specified nested type to be returned as the result matching the supplied query.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Innerhit {
    /// The search query using the Elasticsearch [Query String Query](https://www.elastic.co/guide/en/elasticsearch/reference/5.2/query-dsl-query-string-query.html#query-string) syntax from the Query DSL extended by SailPoint to support Nested queries.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub query: String,
    /// The nested type to use in the inner hits query.  The nested type [Nested Type](https://www.elastic.co/guide/en/elasticsearch/reference/current/nested.html) refers to a document "nested" within another document. For example, an identity can have nested documents for access, accounts, and apps.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Innerhit {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(query: impl Into<String>, r#type: impl Into<String>) -> Self {
        Innerhit {
            query: query.into(),
            r#type: r#type.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Innerhit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Innerhit {
    const NAME: &'static str = "Innerhit";

    #[inline]
    fn empty() -> Self {
        Innerhit {
            query: Default::default(),
            r#type: Default::default(),
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
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
