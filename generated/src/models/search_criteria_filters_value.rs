//! `SearchCriteriaFiltersValue`, from `beta/schemas/SearchCriteria.yaml#/properties/filters/additionalProperties`.

use crate::models::SearchCriteriaFiltersValueRange;

/// `SearchCriteriaFiltersValue` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchCriteriaFiltersValue {
    /// The type of filter, e.g., "TERMS" or "RANGE".
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// Terms to filter by (for "TERMS" type).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<SearchCriteriaFiltersValueRange>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SearchCriteriaFiltersValue {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SearchCriteriaFiltersValue {
            r#type: None,
            terms: None,
            range: None,
            additional_properties: Default::default(),
        }
    }
}
