//! `SourceManagerCorrelationRuleType`, from `beta/schemas/Source.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum
    SourceManagerCorrelationRuleType { #[doc = " `RULE`"] Rule = "RULE", }
}
