//! `SearchcriteriaTextQuery`, from `apis/suggested-entitlement-description/schemas/searchcriteria.yaml#/properties/textQuery`.

/// `SearchcriteriaTextQuery` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SearchcriteriaTextQuery {
    /// Terms to search for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub terms: Option<Vec<String>>,
    /// Fields to search within.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<String>>,
    /// Whether to match any of the terms.
    #[serde(rename = "matchAny", skip_serializing_if = "Option::is_none")]
    pub match_any: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SearchcriteriaTextQuery {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for SearchcriteriaTextQuery {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SearchcriteriaTextQuery {
    const NAME: &'static str = "SearchcriteriaTextQuery";

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
            "terms" => self.terms = map.next_value()?,
            "fields" => self.fields = map.next_value()?,
            "matchAny" => {
                self.match_any = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
