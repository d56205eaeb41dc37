//! `SelectorAccountMatchConfig`, from `beta/schemas/app/selector.yaml`.
use crate::models::SelectorAccountMatchConfigMatchExpression;
/// `SelectorAccountMatchConfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SelectorAccountMatchConfig {
    #[serde(
        rename = "matchExpression",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub match_expression: Option<SelectorAccountMatchConfigMatchExpression>,
}
impl SelectorAccountMatchConfig {
    /// A `SelectorAccountMatchConfig` with the given required fields and the others empty.
    pub fn new() -> Self {
        SelectorAccountMatchConfig {
            match_expression: None,
        }
    }
}
