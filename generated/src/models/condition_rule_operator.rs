//! `ConditionRuleOperator`, from `beta/schemas/forms/ConditionRule.yaml`.
crate::string_enum! {
    #[doc = " ConditionRuleComparisonOperatorType value."] #[doc =
    " EQ ConditionRuleComparisonOperatorTypeEquals  This comparison operator compares the source and target for equality."]
    #[doc =
    " NE ConditionRuleComparisonOperatorTypeNotEquals  This comparison operator compares the source and target for inequality."]
    #[doc =
    " CO ConditionRuleComparisonOperatorTypeContains  This comparison operator searches the source to see whether it contains the value."]
    #[doc = " NOT_CO ConditionRuleComparisonOperatorTypeNotContains"] #[doc =
    " IN ConditionRuleComparisonOperatorTypeIncludes  This comparison operator searches the source if it equals any of the values."]
    #[doc = " NOT_IN ConditionRuleComparisonOperatorTypeNotIncludes"] #[doc =
    " EM ConditionRuleComparisonOperatorTypeEmpty"] #[doc =
    " NOT_EM ConditionRuleComparisonOperatorTypeNotEmpty"] #[doc =
    " SW ConditionRuleComparisonOperatorTypeStartsWith  Checks whether a string starts with another substring of the same string. This operator is case-sensitive."]
    #[doc = " NOT_SW ConditionRuleComparisonOperatorTypeNotStartsWith"] #[doc =
    " EW ConditionRuleComparisonOperatorTypeEndsWith  Checks whether a string ends with another substring of the same string. This operator is case-sensitive."]
    #[doc = " NOT_EW ConditionRuleComparisonOperatorTypeNotEndsWith"] pub enum
    ConditionRuleOperator { #[doc = " `EQ`"] Eq = "EQ", #[doc = " `NE`"] Ne = "NE", #[doc
    = " `CO`"] Co = "CO", #[doc = " `NOT_CO`"] NotCo = "NOT_CO", #[doc = " `IN`"] In =
    "IN", #[doc = " `NOT_IN`"] NotIn = "NOT_IN", #[doc = " `EM`"] Em = "EM", #[doc =
    " `NOT_EM`"] NotEm = "NOT_EM", #[doc = " `SW`"] Sw = "SW", #[doc = " `NOT_SW`"] NotSw
    = "NOT_SW", #[doc = " `EW`"] Ew = "EW", #[doc = " `NOT_EW`"] NotEw = "NOT_EW", }
}
