//! `ConditionRuleSourceType`, from `beta/schemas/forms/ConditionRule.yaml`.
crate::string_enum! {
    #[doc =
    " Defines the type of object being selected. It will be either a reference to a form input (by input name) or a form element (by technical key)."]
    #[doc = " INPUT ConditionRuleSourceTypeInput"] #[doc =
    " ELEMENT ConditionRuleSourceTypeElement"] pub enum ConditionRuleSourceType { #[doc =
    " `INPUT`"] Input = "INPUT", #[doc = " `ELEMENT`"] Element = "ELEMENT", }
}
