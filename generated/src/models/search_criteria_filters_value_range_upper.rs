//! `SearchCriteriaFiltersValueRangeUpper`, from `beta/schemas/SearchCriteria.yaml#/properties/filters/additionalProperties/properties/range/properties/upper`.

/// `SearchCriteriaFiltersValueRangeUpper` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchCriteriaFiltersValueRangeUpper {
    /// The upper bound value.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub value: Option<String>,
    /// Whether the upper bound is inclusive.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub inclusive: Option<bool>,
}

impl SearchCriteriaFiltersValueRangeUpper {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SearchCriteriaFiltersValueRangeUpper {
            value: None,
            inclusive: None,
        }
    }
}
