//! `Formcondition`, from `apis/custom-forms/schemas/formcondition.yaml`.

use crate::models::{Conditioneffect, Conditionrule, FormconditionRuleOperator};

/// Represent a form conditional.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Formcondition {
    /// ConditionRuleLogicalOperatorType value.
    /// AND ConditionRuleLogicalOperatorTypeAnd
    /// OR ConditionRuleLogicalOperatorTypeOr
    #[serde(rename = "ruleOperator", skip_serializing_if = "Option::is_none")]
    pub rule_operator: Option<FormconditionRuleOperator>,
    /// List of rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<Conditionrule>>,
    /// List of effects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effects: Option<Vec<Conditioneffect>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Formcondition {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Formcondition {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Formcondition {
    const NAME: &'static str = "Formcondition";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "ruleOperator" => self.rule_operator = map.next_value()?,
            "rules" => self.rules = map.next_value()?,
            "effects" => self.effects = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
