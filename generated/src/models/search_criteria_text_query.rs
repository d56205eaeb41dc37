//! `SearchCriteriaTextQuery`, from `beta/schemas/SearchCriteria.yaml#/properties/textQuery`.

/// `SearchCriteriaTextQuery` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchCriteriaTextQuery {
    /// Terms to search for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<Vec<String>>,
    /// Fields to search within.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<String>>,
    /// Whether to match any of the terms.
    #[serde(
        rename = "matchAny",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub match_any: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SearchCriteriaTextQuery {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SearchCriteriaTextQuery {
            terms: None,
            fields: None,
            match_any: None,
            additional_properties: Default::default(),
        }
    }
}
