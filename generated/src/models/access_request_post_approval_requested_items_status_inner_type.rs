//! `AccessRequestPostApprovalRequestedItemsStatusInnerType`, from `beta/schemas/trigger/example-input/AccessRequestPostApproval.yaml`.
crate::string_enum! {
    #[doc = " Access item's type."] pub enum
    AccessRequestPostApprovalRequestedItemsStatusInnerType { #[doc = " `ACCESS_PROFILE`"]
    AccessProfile = "ACCESS_PROFILE", #[doc = " `ROLE`"] Role = "ROLE", #[doc =
    " `ENTITLEMENT`"] Entitlement = "ENTITLEMENT", }
}
