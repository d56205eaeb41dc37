//! `MultiHostIntegrationsCreateManagementWorkgroupType`, from `beta/schemas/MultiHostIntegrationsCreate.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum
    MultiHostIntegrationsCreateManagementWorkgroupType { #[doc = " `GOVERNANCE_GROUP`"]
    GovernanceGroup = "GOVERNANCE_GROUP", }
}
