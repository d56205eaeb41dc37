//! `V3ApprovalScheme`, from `v3/schemas/ApprovalScheme.yaml`.
crate::string_enum! {
    #[doc =
    " Describes the individual or group that is responsible for an approval step."] pub
    enum V3ApprovalScheme { #[doc = " `APP_OWNER`"] AppOwner = "APP_OWNER", #[doc =
    " `SOURCE_OWNER`"] SourceOwner = "SOURCE_OWNER", #[doc = " `MANAGER`"] Manager =
    "MANAGER", #[doc = " `ROLE_OWNER`"] RoleOwner = "ROLE_OWNER", #[doc =
    " `ACCESS_PROFILE_OWNER`"] AccessProfileOwner = "ACCESS_PROFILE_OWNER", #[doc =
    " `ENTITLEMENT_OWNER`"] EntitlementOwner = "ENTITLEMENT_OWNER", #[doc =
    " `GOVERNANCE_GROUP`"] GovernanceGroup = "GOVERNANCE_GROUP", }
}
