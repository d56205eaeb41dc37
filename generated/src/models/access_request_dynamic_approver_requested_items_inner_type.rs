//! `AccessRequestDynamicApproverRequestedItemsInnerType`, from `beta/schemas/trigger/example-input/AccessRequestDynamicApprover.yaml`.
crate::string_enum! {
    #[doc = " Type of access item being requested."] pub enum
    AccessRequestDynamicApproverRequestedItemsInnerType { #[doc = " `ACCESS_PROFILE`"]
    AccessProfile = "ACCESS_PROFILE", #[doc = " `ROLE`"] Role = "ROLE", #[doc =
    " `ENTITLEMENT`"] Entitlement = "ENTITLEMENT", }
}
