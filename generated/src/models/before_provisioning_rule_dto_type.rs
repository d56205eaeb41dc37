//! `BeforeProvisioningRuleDtoType`, from `v3/schemas/BeforeProvisioningRuleDto.yaml`.
crate::string_enum! {
    #[doc = " Before Provisioning Rule DTO type."] pub enum BeforeProvisioningRuleDtoType
    { #[doc = " `RULE`"] Rule = "RULE", }
}
