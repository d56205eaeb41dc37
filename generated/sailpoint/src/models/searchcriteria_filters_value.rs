//! `SearchcriteriaFiltersValue`, from `apis/suggested-entitlement-description/schemas/searchcriteria.yaml#/properties/filters/additionalProperties`.

use crate::models::SearchcriteriaFiltersValueRange;

/// `SearchcriteriaFiltersValue` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SearchcriteriaFiltersValue {
    /// The type of filter, e.g., "TERMS" or "RANGE".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Terms to filter by (for "TERMS" type).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub terms: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<SearchcriteriaFiltersValueRange>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SearchcriteriaFiltersValue {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for SearchcriteriaFiltersValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SearchcriteriaFiltersValue {
    const NAME: &'static str = "SearchcriteriaFiltersValue";

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
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "terms" => self.terms = map.next_value()?,
            "range" => self.range = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
