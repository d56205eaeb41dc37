//! `ConditionRuleOperator`, from `beta/schemas/forms/ConditionRule.yaml#/properties/operator`.

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
pub enum ConditionRuleOperator {
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

impl ConditionRuleOperator {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ConditionRuleOperator::Eq => "EQ",
            ConditionRuleOperator::Ne => "NE",
            ConditionRuleOperator::Co => "CO",
            ConditionRuleOperator::NotCo => "NOT_CO",
            ConditionRuleOperator::In => "IN",
            ConditionRuleOperator::NotIn => "NOT_IN",
            ConditionRuleOperator::Em => "EM",
            ConditionRuleOperator::NotEm => "NOT_EM",
            ConditionRuleOperator::Sw => "SW",
            ConditionRuleOperator::NotSw => "NOT_SW",
            ConditionRuleOperator::Ew => "EW",
            ConditionRuleOperator::NotEw => "NOT_EW",
            ConditionRuleOperator::Unknown(value) => value,
        }
    }
}

impl From<&str> for ConditionRuleOperator {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EQ" => ConditionRuleOperator::Eq,
            "NE" => ConditionRuleOperator::Ne,
            "CO" => ConditionRuleOperator::Co,
            "NOT_CO" => ConditionRuleOperator::NotCo,
            "IN" => ConditionRuleOperator::In,
            "NOT_IN" => ConditionRuleOperator::NotIn,
            "EM" => ConditionRuleOperator::Em,
            "NOT_EM" => ConditionRuleOperator::NotEm,
            "SW" => ConditionRuleOperator::Sw,
            "NOT_SW" => ConditionRuleOperator::NotSw,
            "EW" => ConditionRuleOperator::Ew,
            "NOT_EW" => ConditionRuleOperator::NotEw,
            other => ConditionRuleOperator::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ConditionRuleOperator);
