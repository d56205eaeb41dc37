//! `SearchCriteriaFiltersValueRangeLower`, from `beta/schemas/SearchCriteria.yaml`.
/// `SearchCriteriaFiltersValueRangeLower` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchCriteriaFiltersValueRangeLower {
    /// The lower bound value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Whether the lower bound is inclusive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inclusive: Option<bool>,
}
impl SearchCriteriaFiltersValueRangeLower {
    /// A `SearchCriteriaFiltersValueRangeLower` with the given required fields and the others empty.
    pub fn new() -> Self {
        SearchCriteriaFiltersValueRangeLower {
            value: None,
            inclusive: None,
        }
    }
}
