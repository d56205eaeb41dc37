//! `MultiHostSourcesAccountCorrelationRuleType`, from `beta/schemas/MultiHostSources.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum
    MultiHostSourcesAccountCorrelationRuleType { #[doc = " `RULE`"] Rule = "RULE", }
}
