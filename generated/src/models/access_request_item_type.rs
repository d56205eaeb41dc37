//! `AccessRequestItemType`, from `v3/schemas/AccessRequestItem.yaml`.
crate::string_enum! {
    #[doc = " The type of the item being requested."] pub enum AccessRequestItemType {
    #[doc = " `ACCESS_PROFILE`"] AccessProfile = "ACCESS_PROFILE", #[doc = " `ROLE`"]
    Role = "ROLE", #[doc = " `ENTITLEMENT`"] Entitlement = "ENTITLEMENT", }
}
