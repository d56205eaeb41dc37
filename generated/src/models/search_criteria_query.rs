//! `SearchCriteriaQuery`, from `beta/schemas/SearchCriteria.yaml#/properties/query`.

/// `SearchCriteriaQuery` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchCriteriaQuery {
    /// A structured query for advanced search.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub query: Option<String>,
}

impl SearchCriteriaQuery {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SearchCriteriaQuery { query: None }
    }
}
