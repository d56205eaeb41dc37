//! `SpConfigRule`, from `beta/schemas/SpConfigRule.yaml`.

use crate::models::{SpConfigRuleModesInner, SpConfigRuleValue};

/// Format of Config Hub object rules.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SpConfigRule {
    /// JSONPath expression denoting the path within the object where a value substitution should be applied.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub path: Option<String>,
    /// Value to be assigned at the jsonPath location within the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<SpConfigRuleValue>,
    /// Draft modes the rule will apply to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modes: Option<Vec<SpConfigRuleModesInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SpConfigRule {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SpConfigRule {
            path: None,
            value: None,
            modes: None,
            additional_properties: Default::default(),
        }
    }
}
