//! `Correlationrule`, from `apis/machine-identities/schemas/correlationrule.yaml`.

use crate::models::{
    Correlationcondition, CorrelationruleRuleType, Correlationruleaction,
};

/// A single correlation rule within an ownership correlation config.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Correlationrule {
    /// Omit for new rules (server mints a UUID). Send only when updating a rule that already exists on this config (merge on PATCH). Unknown ids are rejected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The evaluation priority of the rule. Lower values are evaluated first.
    ///
    /// A server's absent or `null` member reads as `0`.
    pub priority: i32,
    /// Whether this rule is the default rule for the config.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "defaultRule")]
    pub default_rule: bool,
    /// The rule subject type. When either ruleType or ruleAction.type is GOVERNANCE_GROUP, both must be; ruleType GOVERNANCE_GROUP is allowed only when the parent config type is OWNER_SECONDARY.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "ruleType", skip_serializing_if = "Option::is_none")]
    pub rule_type: Option<CorrelationruleRuleType>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "ruleAction", skip_serializing_if = "Option::is_none")]
    pub rule_action: Option<Correlationruleaction>,
    /// The conditions that must match for this rule to apply.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "conditionExpressions")]
    pub condition_expressions: Vec<Correlationcondition>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Correlationrule {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        priority: i32,
        default_rule: bool,
        rule_type: CorrelationruleRuleType,
        rule_action: Correlationruleaction,
        condition_expressions: Vec<Correlationcondition>,
    ) -> Self {
        Correlationrule {
            id: None,
            priority,
            default_rule,
            rule_type: Some(rule_type),
            rule_action: Some(rule_action),
            condition_expressions,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Correlationrule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Correlationrule {
    const NAME: &'static str = "Correlationrule";

    #[inline]
    fn empty() -> Self {
        Correlationrule {
            id: None,
            priority: Default::default(),
            default_rule: Default::default(),
            rule_type: None,
            rule_action: None,
            condition_expressions: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "priority" => {
                self.priority = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "defaultRule" => {
                self.default_rule = map.next_value_seed(crate::lenient::Flag)?;
            }
            "ruleType" => self.rule_type = map.next_value()?,
            "ruleAction" => self.rule_action = map.next_value()?,
            "conditionExpressions" => {
                self.condition_expressions = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
