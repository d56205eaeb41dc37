//! `ConditionRuleValueType`, from `beta/schemas/forms/ConditionRule.yaml`.
crate::string_enum! {
    #[doc = " ConditionRuleValueType type."] #[doc =
    " STRING ConditionRuleValueTypeString  This value is a static string."] #[doc =
    " STRING_LIST ConditionRuleValueTypeStringList  This value is an array of string values."]
    #[doc =
    " INPUT ConditionRuleValueTypeInput  This value is a reference to a form input."]
    #[doc =
    " ELEMENT ConditionRuleValueTypeElement  This value is a reference to a form element (by technical key)."]
    #[doc = " LIST ConditionRuleValueTypeList"] #[doc =
    " BOOLEAN ConditionRuleValueTypeBoolean"] pub enum ConditionRuleValueType { #[doc =
    " `STRING`"] String = "STRING", #[doc = " `STRING_LIST`"] StringList = "STRING_LIST",
    #[doc = " `INPUT`"] Input = "INPUT", #[doc = " `ELEMENT`"] Element = "ELEMENT", #[doc
    = " `LIST`"] List = "LIST", #[doc = " `BOOLEAN`"] Boolean = "BOOLEAN", }
}
