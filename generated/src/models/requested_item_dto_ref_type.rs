//! `RequestedItemDtoRefType`, from `v3/schemas/access-requests/RequestedItemDtoRef.yaml`.
crate::string_enum! {
    #[doc = " The type of the item being requested."] pub enum RequestedItemDtoRefType {
    #[doc = " `ACCESS_PROFILE`"] AccessProfile = "ACCESS_PROFILE", #[doc = " `ROLE`"]
    Role = "ROLE", #[doc = " `ENTITLEMENT`"] Entitlement = "ENTITLEMENT", }
}
