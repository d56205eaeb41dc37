//! `SearchCriteriaFiltersValueRangeLower`, from `beta/schemas/SearchCriteria.yaml#/properties/filters/additionalProperties/properties/range/properties/lower`.

/// `SearchCriteriaFiltersValueRangeLower` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchCriteriaFiltersValueRangeLower {
    /// The lower bound value.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub value: Option<String>,
    /// Whether the lower bound is inclusive.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub inclusive: Option<bool>,
}

impl SearchCriteriaFiltersValueRangeLower {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SearchCriteriaFiltersValueRangeLower {
            value: None,
            inclusive: None,
        }
    }
}
