//! `FormConditionRuleOperator`, from `beta/schemas/forms/FormCondition.yaml`.
crate::string_enum! {
    #[doc = " ConditionRuleLogicalOperatorType value."] #[doc =
    " AND ConditionRuleLogicalOperatorTypeAnd"] #[doc =
    " OR ConditionRuleLogicalOperatorTypeOr"] pub enum FormConditionRuleOperator { #[doc
    = " `AND`"] And = "AND", #[doc = " `OR`"] Or = "OR", }
}
