//! `SearchCriteriaFiltersValueRange`, from `beta/schemas/SearchCriteria.yaml#/properties/filters/additionalProperties/properties/range`.

use crate::models::{
    SearchCriteriaFiltersValueRangeLower, SearchCriteriaFiltersValueRangeUpper,
};

/// `SearchCriteriaFiltersValueRange` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchCriteriaFiltersValueRange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower: Option<SearchCriteriaFiltersValueRangeLower>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<SearchCriteriaFiltersValueRangeUpper>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SearchCriteriaFiltersValueRange {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SearchCriteriaFiltersValueRange {
            lower: None,
            upper: None,
            additional_properties: Default::default(),
        }
    }
}
