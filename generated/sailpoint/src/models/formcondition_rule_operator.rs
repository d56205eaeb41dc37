//! `FormconditionRuleOperator`, from `apis/custom-forms/schemas/formcondition.yaml#/properties/ruleOperator`.

/// ConditionRuleLogicalOperatorType value.
/// AND ConditionRuleLogicalOperatorTypeAnd
/// OR ConditionRuleLogicalOperatorTypeOr
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormconditionRuleOperator {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormconditionRuleOperator {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormconditionRuleOperator::And => "AND",
            FormconditionRuleOperator::Or => "OR",
            FormconditionRuleOperator::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormconditionRuleOperator {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AND" => FormconditionRuleOperator::And,
            "OR" => FormconditionRuleOperator::Or,
            other => FormconditionRuleOperator::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FormconditionRuleOperator);
