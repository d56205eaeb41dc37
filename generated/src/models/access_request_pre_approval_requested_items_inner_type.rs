//! `AccessRequestPreApprovalRequestedItemsInnerType`, from `beta/schemas/trigger/example-input/AccessRequestPreApproval.yaml`.
crate::string_enum! {
    #[doc = " Access item's type."] pub enum
    AccessRequestPreApprovalRequestedItemsInnerType { #[doc = " `ACCESS_PROFILE`"]
    AccessProfile = "ACCESS_PROFILE", #[doc = " `ROLE`"] Role = "ROLE", #[doc =
    " `ENTITLEMENT`"] Entitlement = "ENTITLEMENT", }
}
