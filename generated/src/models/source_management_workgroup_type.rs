//! `SourceManagementWorkgroupType`, from `beta/schemas/Source.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum SourceManagementWorkgroupType {
    #[doc = " `GOVERNANCE_GROUP`"] GovernanceGroup = "GOVERNANCE_GROUP", }
}
