//! `SelectorAccountMatchConfigMatchExpression`, from `beta/schemas/app/selector.yaml#/properties/accountMatchConfig/properties/matchExpression`.

use crate::models::MatchTerm;

/// `SelectorAccountMatchConfigMatchExpression` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl SelectorAccountMatchConfigMatchExpression {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SelectorAccountMatchConfigMatchExpression {
            match_terms: None,
            and: None,
        }
    }
}
