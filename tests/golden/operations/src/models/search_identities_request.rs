//! `SearchIdentitiesRequest`, from `openapi.yaml#/paths/~1identities~1search/post/requestBody/content/application~1json/schema`.

/// `SearchIdentitiesRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SearchIdentitiesRequest {
    /// Search query.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub query: String,
    #[serde(rename = "includeInactive", skip_serializing_if = "Option::is_none")]
    pub include_inactive: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SearchIdentitiesRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(query: impl Into<String>) -> Self {
        SearchIdentitiesRequest {
            query: query.into(),
            include_inactive: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for SearchIdentitiesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SearchIdentitiesRequest {
    const NAME: &'static str = "SearchIdentitiesRequest";

    #[inline]
    fn empty() -> Self {
        SearchIdentitiesRequest {
            query: Default::default(),
            include_inactive: None,
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
            "includeInactive" => {
                self.include_inactive = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
