//! `SearchcriteriaFiltersValueRange`, from `apis/suggested-entitlement-description/schemas/searchcriteria.yaml#/properties/filters/additionalProperties/properties/range`.

use crate::models::{
    SearchcriteriaFiltersValueRangeLower, SearchcriteriaFiltersValueRangeUpper,
};

/// `SearchcriteriaFiltersValueRange` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SearchcriteriaFiltersValueRange {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lower: Option<SearchcriteriaFiltersValueRangeLower>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upper: Option<SearchcriteriaFiltersValueRangeUpper>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SearchcriteriaFiltersValueRange {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for SearchcriteriaFiltersValueRange {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SearchcriteriaFiltersValueRange {
    const NAME: &'static str = "SearchcriteriaFiltersValueRange";

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
            "lower" => self.lower = map.next_value()?,
            "upper" => self.upper = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
