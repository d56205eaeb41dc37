//! `MultiHostSourcesBeforeProvisioningRuleType`, from `beta/schemas/MultiHostSources.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum
    MultiHostSourcesBeforeProvisioningRuleType { #[doc = " `RULE`"] Rule = "RULE", }
}
