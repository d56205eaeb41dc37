//! `SelectorAccountMatchConfigMatchExpression`, from `beta/schemas/app/selector.yaml#/properties/accountMatchConfig/properties/matchExpression`.

use crate::models::MatchTerm;

/// `SelectorAccountMatchConfigMatchExpression` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SelectorAccountMatchConfigMatchExpression {
    #[serde(rename = "matchTerms", default, skip_serializing_if = "Option::is_none")]
    pub match_terms: Option<Vec<MatchTerm>>,
    /// If it is AND operators for match terms
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub and: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SelectorAccountMatchConfigMatchExpression {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SelectorAccountMatchConfigMatchExpression {
            match_terms: None,
            and: None,
            additional_properties: Default::default(),
        }
    }
}
