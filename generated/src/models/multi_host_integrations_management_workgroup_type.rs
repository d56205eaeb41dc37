//! `MultiHostIntegrationsManagementWorkgroupType`, from `beta/schemas/MultiHostIntegrations.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum
    MultiHostIntegrationsManagementWorkgroupType { #[doc = " `GOVERNANCE_GROUP`"]
    GovernanceGroup = "GOVERNANCE_GROUP", }
}
