//! `MultiHostSourcesManagementWorkgroupType`, from `beta/schemas/MultiHostSources.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum
    MultiHostSourcesManagementWorkgroupType { #[doc = " `GOVERNANCE_GROUP`"]
    GovernanceGroup = "GOVERNANCE_GROUP", }
}
