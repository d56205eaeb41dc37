//! `RoleAssignmentSourceType`, from `v3/schemas/access/RoleAssignmentSourceType.yaml`.
crate::string_enum! {
    #[doc = " Type which indicates how a particular Identity obtained a particular Role"]
    pub enum RoleAssignmentSourceType { #[doc = " `ACCESS_REQUEST`"] AccessRequest =
    "ACCESS_REQUEST", #[doc = " `ROLE_MEMBERSHIP`"] RoleMembership = "ROLE_MEMBERSHIP", }
}
