//! `ViolationOwnerAssignmentConfigOwnerRefType`, from `beta/schemas/ViolationOwnerAssignmentConfig.yaml`.
crate::string_enum! {
    #[doc = " Owner type."] pub enum ViolationOwnerAssignmentConfigOwnerRefType { #[doc =
    " `IDENTITY`"] Identity = "IDENTITY", #[doc = " `GOVERNANCE_GROUP`"] GovernanceGroup
    = "GOVERNANCE_GROUP", #[doc = " `MANAGER`"] Manager = "MANAGER", }
}
