//! `SearchCriteriaFiltersValueRangeUpper`, from `beta/schemas/SearchCriteria.yaml#/properties/filters/additionalProperties/properties/range/properties/upper`.

/// `SearchCriteriaFiltersValueRangeUpper` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SearchCriteriaFiltersValueRangeUpper {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SearchCriteriaFiltersValueRangeUpper {
            value: None,
            inclusive: None,
            additional_properties: Default::default(),
        }
    }
}
