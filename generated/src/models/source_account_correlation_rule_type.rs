//! `SourceAccountCorrelationRuleType`, from `beta/schemas/Source.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum
    SourceAccountCorrelationRuleType { #[doc = " `RULE`"] Rule = "RULE", }
}
