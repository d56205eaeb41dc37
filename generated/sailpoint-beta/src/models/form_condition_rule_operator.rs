//! `FormConditionRuleOperator`, from `beta/schemas/forms/FormCondition.yaml#/properties/ruleOperator`.

/// ConditionRuleLogicalOperatorType value.
/// AND ConditionRuleLogicalOperatorTypeAnd
/// OR ConditionRuleLogicalOperatorTypeOr
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormConditionRuleOperator {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormConditionRuleOperator {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormConditionRuleOperator::And => "AND",
            FormConditionRuleOperator::Or => "OR",
            FormConditionRuleOperator::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormConditionRuleOperator {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AND" => FormConditionRuleOperator::And,
            "OR" => FormConditionRuleOperator::Or,
            other => FormConditionRuleOperator::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FormConditionRuleOperator);
