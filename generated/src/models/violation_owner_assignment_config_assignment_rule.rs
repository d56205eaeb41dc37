//! `ViolationOwnerAssignmentConfigAssignmentRule`, from `beta/schemas/ViolationOwnerAssignmentConfig.yaml`.
crate::string_enum! {
    #[doc = " Details about the violations owner."] #[doc =
    " MANAGER - identity's manager"] #[doc = " STATIC - Governance Group or Identity"]
    pub enum ViolationOwnerAssignmentConfigAssignmentRule { #[doc = " `MANAGER`"] Manager
    = "MANAGER", #[doc = " `STATIC`"] Static = "STATIC", }
}
