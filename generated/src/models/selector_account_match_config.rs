//! `SelectorAccountMatchConfig`, from `beta/schemas/app/selector.yaml#/properties/accountMatchConfig`.

use crate::models::SelectorAccountMatchConfigMatchExpression;

/// `SelectorAccountMatchConfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SelectorAccountMatchConfig {
    #[serde(
        rename = "matchExpression",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub match_expression: Option<SelectorAccountMatchConfigMatchExpression>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SelectorAccountMatchConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SelectorAccountMatchConfig {
            match_expression: None,
            additional_properties: Default::default(),
        }
    }
}
