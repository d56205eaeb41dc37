//! `ConditionruleOperator`, from `apis/custom-forms/schemas/conditionrule.yaml#/properties/operator`.

/// ConditionRuleComparisonOperatorType value.
/// EQ ConditionRuleComparisonOperatorTypeEquals  This comparison operator compares the source and target for equality.
/// NE ConditionRuleComparisonOperatorTypeNotEquals  This comparison operator compares the source and target for inequality.
/// CO ConditionRuleComparisonOperatorTypeContains  This comparison operator searches the source to see whether it contains the value.
/// NOT_CO ConditionRuleComparisonOperatorTypeNotContains
/// IN ConditionRuleComparisonOperatorTypeIncludes  This comparison operator searches the source if it equals any of the values.
/// NOT_IN ConditionRuleComparisonOperatorTypeNotIncludes
/// EM ConditionRuleComparisonOperatorTypeEmpty
/// NOT_EM ConditionRuleComparisonOperatorTypeNotEmpty
/// SW ConditionRuleComparisonOperatorTypeStartsWith  Checks whether a string starts with another substring of the same string. This operator is case-sensitive.
/// NOT_SW ConditionRuleComparisonOperatorTypeNotStartsWith
/// EW ConditionRuleComparisonOperatorTypeEndsWith  Checks whether a string ends with another substring of the same string. This operator is case-sensitive.
/// NOT_EW ConditionRuleComparisonOperatorTypeNotEndsWith
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConditionruleOperator {
    /// `EQ`
    Eq,
    /// `NE`
    Ne,
    /// `CO`
    Co,
    /// `NOT_CO`
    NotCo,
    /// `IN`
    In,
    /// `NOT_IN`
    NotIn,
    /// `EM`
    Em,
    /// `NOT_EM`
    NotEm,
    /// `SW`
    Sw,
    /// `NOT_SW`
    NotSw,
    /// `EW`
    Ew,
    /// `NOT_EW`
    NotEw,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConditionruleOperator {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ConditionruleOperator::Eq => "EQ",
            ConditionruleOperator::Ne => "NE",
            ConditionruleOperator::Co => "CO",
            ConditionruleOperator::NotCo => "NOT_CO",
            ConditionruleOperator::In => "IN",
            ConditionruleOperator::NotIn => "NOT_IN",
            ConditionruleOperator::Em => "EM",
            ConditionruleOperator::NotEm => "NOT_EM",
            ConditionruleOperator::Sw => "SW",
            ConditionruleOperator::NotSw => "NOT_SW",
            ConditionruleOperator::Ew => "EW",
            ConditionruleOperator::NotEw => "NOT_EW",
            ConditionruleOperator::Unknown(value) => value,
        }
    }
}

impl From<&str> for ConditionruleOperator {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EQ" => ConditionruleOperator::Eq,
            "NE" => ConditionruleOperator::Ne,
            "CO" => ConditionruleOperator::Co,
            "NOT_CO" => ConditionruleOperator::NotCo,
            "IN" => ConditionruleOperator::In,
            "NOT_IN" => ConditionruleOperator::NotIn,
            "EM" => ConditionruleOperator::Em,
            "NOT_EM" => ConditionruleOperator::NotEm,
            "SW" => ConditionruleOperator::Sw,
            "NOT_SW" => ConditionruleOperator::NotSw,
            "EW" => ConditionruleOperator::Ew,
            "NOT_EW" => ConditionruleOperator::NotEw,
            other => ConditionruleOperator::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ConditionruleOperator);
