//! `FormCondition`, from `beta/schemas/forms/FormCondition.yaml`.

use crate::models::{ConditionEffect, ConditionRule, FormConditionRuleOperator};

/// Represent a form conditional.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FormCondition {
    /// ConditionRuleLogicalOperatorType value.
    /// AND ConditionRuleLogicalOperatorTypeAnd
    /// OR ConditionRuleLogicalOperatorTypeOr
    #[serde(rename = "ruleOperator", default, skip_serializing_if = "Option::is_none")]
    pub rule_operator: Option<FormConditionRuleOperator>,
    /// List of rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<ConditionRule>>,
    /// List of effects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effects: Option<Vec<ConditionEffect>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FormCondition {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormCondition {
            rule_operator: None,
            rules: None,
            effects: None,
            additional_properties: Default::default(),
        }
    }
}
